package kr.co.saenal.sandan.inquiry.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void defaultsAndConfiguredValues() {
        MailSettings defaults = new MailSettings(SettingsReader.of(Map.of()));
        assertEquals(Optional.empty(), defaults.staffAddress());
        assertEquals(Duration.ofSeconds(30), defaults.firstRetry());
        assertEquals(12, defaults.maxAttempts());

        MailSettings set = new MailSettings(SettingsReader.of(Map.of(
                "sandan.staff-email", " staff@sandan.test ",
                "sandan.mail.retry-seconds", "1",
                "sandan.mail.max-attempts", "3")));
        assertEquals(Optional.of("staff@sandan.test"), set.staffAddress());
        assertEquals(Duration.ofSeconds(1), set.firstRetry());
        assertEquals(3, set.maxAttempts());
        assertEquals(List.of(), set.problems());
    }

    @Test
    void wrongValuesAreAllNamed() {
        MailSettings wrong = new MailSettings(SettingsReader.of(Map.of(
                "sandan.staff-email", "staff at sandan",
                "sandan.mail.retry-seconds", "soon",
                "sandan.mail.max-attempts", "0")));
        assertEquals(
                List.of(
                        "SANDAN_STAFF_EMAIL=staff at sandan: expected one e-mail address (staff@example.co.kr)",
                        "SANDAN_MAIL_RETRY_SECONDS=soon: expected a number of seconds (1 to 3600)",
                        "SANDAN_MAIL_MAX_ATTEMPTS=0: expected a number of attempts (1 to 1000)"),
                wrong.problems());
    }
}
