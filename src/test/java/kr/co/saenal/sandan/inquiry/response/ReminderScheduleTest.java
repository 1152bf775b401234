package kr.co.saenal.sandan.inquiry.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final WorkingHours hours =
            new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 12, 25)), SEOUL);

    @Test
    void theDigestIsDueOnWorkingMorningsOnly() {
        assertTrue(ReminderSchedule.digestDue(hours, at("2026-12-02T09:00")));
        assertTrue(ReminderSchedule.digestDue(hours, at("2026-12-02T11:45")), "a server back late in the morning");
        assertFalse(ReminderSchedule.digestDue(hours, at("2026-12-02T08:59")));
        assertFalse(ReminderSchedule.digestDue(hours, at("2026-12-02T12:00")), "not in the afternoon");
        assertFalse(ReminderSchedule.digestDue(hours, at("2026-12-05T09:30")), "Saturday");
        assertFalse(ReminderSchedule.digestDue(hours, at("2026-12-25T09:30")), "Christmas");
    }

    @Test
    void afterADigestTheLeaseLastsUntilTheNextMorning() {
        assertEquals(at("2026-12-03T09:00"), ReminderSchedule.nextMorning(hours, at("2026-12-02T09:15")));
        assertEquals(at("2026-12-02T00:00"), ReminderSchedule.startOfToday(at("2026-12-02T09:15")));
    }

    private static Instant at(String koreanTime) {
        return LocalDateTime.parse(koreanTime).atZone(SEOUL).toInstant();
    }
}
