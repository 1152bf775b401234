package kr.co.saenal.sandan.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogPrivacyTest {

    @Test
    void findsPhoneNumbersAndAddressesTheWayRequestersWriteThem() {
        assertEquals(
                List.of("010-1234-5678", "01098765432", "02-6300-1100", "kim@example.co.kr"),
                LogPrivacy.personalData(
                        "Inquiry from 010-1234-5678 or 01098765432, office 02-6300-1100, kim@example.co.kr", Set.of()));
    }

    @Test
    void leavesIdsTimesModuleNamesAndTheSitesOwnAddressesAlone() {
        assertEquals(
                List.of(),
                LogPrivacy.personalData(
                        "05:41:35,011 inquiry 75 post 10298 request a01012345678b at io.undertow.core@2.3.23.Final"
                                + " mail from no-reply@sandan.test 2026-12-02T04:41:33 id 20261202010123456789"
                                + " ISPN000973: Task started at 2026-12-02T19:31:42.020745403Z took PT0.031234567S"
                                + " WFLYEJB0043: timer [id=aa1e311f-15f4-443a-abda-04522973311f timedObjectId=",
                        Set.of("no-reply@sandan.test")));
    }

    @Test
    void reportsWhereButNotWhat() {
        assertEquals("010…(13 characters)", LogPrivacy.masked("010-1234-5678"));
    }
}
