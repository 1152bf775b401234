package kr.co.saenal.sandan.inquiry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    @Test
    void theNextRunIsTheNextHalfPastThreeInKorea() {
        // 03:30 KST is 18:30 UTC of the day before
        assertEquals(
                Instant.parse("2026-11-27T18:30:00Z"),
                RetentionSchedule.nextDue(Instant.parse("2026-11-27T03:00:00Z")));
        assertEquals(
                Instant.parse("2026-11-27T18:30:00Z"),
                RetentionSchedule.nextDue(Instant.parse("2026-11-26T18:30:00Z")),
                "a run at 03:30 itself is due again the next day");
        assertEquals(
                Instant.parse("2026-11-26T18:30:00Z"),
                RetentionSchedule.nextDue(Instant.parse("2026-11-26T18:29:00Z")));
    }
}
