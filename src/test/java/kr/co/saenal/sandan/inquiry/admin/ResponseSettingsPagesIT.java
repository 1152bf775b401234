package kr.co.saenal.sandan.inquiry.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator sets the first-response target and keeps the holidays, through the back office's pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseSettingsPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void targetsOutOfRangeAreRefusedInKoreanAndNothingChanges() {
        Http admin = admin();
        Http.Reply refused = BackOffice.submit(
                admin,
                "/admin/system/settings",
                "responseSettings",
                Map.of(
                        "responseSettings:targetHours", "0",
                        "responseSettings:dayStarts", "9시",
                        "responseSettings:dayEnds", "18:00"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("1~200 근무시간"), messages);
        assertTrue(messages.contains("09:00처럼"), messages);
        Document again = admin.get("/admin/system/settings").html();
        assertEquals("9", again.getElementById("responseSettings:targetHours").val(), "unchanged");
        assertEquals("09:00", again.getElementById("responseSettings:dayStarts").val());

        Http.Reply backwards = BackOffice.submit(
                admin,
                "/admin/system/settings",
                "responseSettings",
                Map.of("responseSettings:dayStarts", "18:00", "responseSettings:dayEnds", "09:00"));
        assertTrue(BackOffice.messages(backwards).contains("시작 시각보다 늦어야"), BackOffice.messages(backwards));
    }

    @Test
    void theHolidaysOfAYearAreListedAddedAndRemoved() {
        Http admin = admin();
        Document year2026 = admin.get("/admin/system/holidays?year=2026").html();
        String listed = year2026.select(".holiday-table tbody").text();
        assertTrue(listed.contains("2026-02-17 (화) 설날"), listed);
        assertTrue(listed.contains("2026-10-05 (월) 대체공휴일(개천절)"), listed);
        assertFalse(listed.contains("2027-"), "one year at a time");

        Http.Reply missing = BackOffice.submit(
                admin, "/admin/system/holidays?year=2026", "holiday", Map.of("holiday:day", "", "holiday:name", ""));
        String problems = BackOffice.messages(missing);
        assertTrue(problems.contains("날짜를 골라") && problems.contains("60자 안에서"), problems);

        Http.Reply added = BackOffice.submit(
                admin,
                "/admin/system/holidays?year=2026",
                "holiday",
                Map.of("holiday:day", "2026-07-17", "holiday:name", "제헌절"));
        assertTrue(
                added.html().select(".holiday-table tbody").text().contains("2026-07-17 (금) 제헌절"),
                BackOffice.messages(added));
        assertTrue(BackOffice.messages(added).contains("휴일로 저장했습니다: 2026-07-17"), BackOffice.messages(added));

        Document withIt = admin.get("/admin/system/holidays?year=2026").html();
        String removeButton = withIt.select(".holiday-table tr:contains(제헌절) input[type=submit]")
                .attr("name");
        Http.Reply removed = admin.postForm(
                Forms.action(withIt, "holidays"), Forms.submission(withIt, "holidays", removeButton, Map.of()));
        assertFalse(removed.html().select(".holiday-table").text().contains("제헌절"), BackOffice.messages(removed));
    }

    @Test
    void anAddressForRemindersThatIsNoAddressIsRefusedInKorean() {
        Http admin = admin();
        Http.Reply refused = BackOffice.submit(
                admin, "/admin/account", "notifications", Map.of("notifications:email", "not an address"));
        assertTrue(BackOffice.messages(refused).contains("name@example.com 형식으로"), BackOffice.messages(refused));
        assertEquals(
                "",
                admin.get("/admin/account")
                        .html()
                        .getElementById("notifications:email")
                        .val(),
                "unchanged");
    }

    private static Http admin() {
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        return admin;
    }
}
