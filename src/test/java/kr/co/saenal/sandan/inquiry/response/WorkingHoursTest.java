package kr.co.saenal.sandan.inquiry.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Duration DAY = Duration.ofHours(9);

    /** 09:00–18:00, with Seollal 2026 (16–18 February). */
    private final WorkingHours hours = new WorkingHours(
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18)),
            SEOUL);

    @Test
    void aDayAfterAMorningRequestIsTheNextMorning() {
        assertEquals(at("2026-12-03T10:30"), hours.after(at("2026-12-02T10:30"), DAY));
    }

    @Test
    void aFridayAfternoonRequestIsDueOnMonday() {
        assertEquals(at("2026-12-07T17:00"), hours.after(at("2026-12-04T17:00"), DAY));
    }

    @Test
    void theNightAndTheWeekendDoNotCount() {
        assertEquals(at("2026-12-07T18:00"), hours.after(at("2026-12-04T22:15"), DAY), "Friday night: all of Monday");
        assertEquals(at("2026-12-07T11:00"), hours.after(at("2026-12-05T13:00"), Duration.ofHours(2)), "Saturday");
        assertEquals(at("2026-12-02T11:00"), hours.after(at("2026-12-02T06:00"), Duration.ofHours(2)), "early");
        assertEquals(at("2026-12-03T10:00"), hours.after(at("2026-12-02T18:00"), Duration.ofHours(1)), "at closing");
    }

    @Test
    void holidaysDoNotCount() {
        assertEquals(at("2026-02-19T15:00"), hours.after(at("2026-02-13T15:00"), DAY), "over Seollal and a weekend");
        assertFalse(hours.isWorkingDay(LocalDate.of(2026, 2, 17)));
        assertTrue(hours.isWorkingDay(LocalDate.of(2026, 2, 19)));
    }

    @Test
    void longTargetsSpanSeveralDays() {
        assertEquals(at("2026-12-09T10:00"), hours.after(at("2026-12-04T10:00"), Duration.ofHours(27)));
    }

    @Test
    void aDayMustCloseAfterItOpens() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkingHours(LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(), SEOUL));
    }

    private static Instant at(String koreanTime) {
        return LocalDateTime.parse(koreanTime).atZone(SEOUL).toInstant();
    }
}
