package kr.co.saenal.sandan.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    @Test
    void everyWrongSettingIsALineOfTheOneMessage() {
        assertEquals(
                """
                Sandan's settings are wrong, so it was not started:
                SANDAN_RETENTION_YEARS=abc: expected a whole number of years (1 to 10)
                SANDAN_SITE_URL=http://a.kr: expected an https address in production""",
                SettingsCheck.message(new TreeSet<>(List.of(
                        "SANDAN_SITE_URL=http://a.kr: expected an https address in production",
                        "SANDAN_RETENTION_YEARS=abc: expected a whole number of years (1 to 10)"))));
    }
}
