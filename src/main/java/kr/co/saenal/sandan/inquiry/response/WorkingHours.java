package kr.co.saenal.sandan.inquiry.response;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The consultants' working time: Monday to Friday from {@code opens} to {@code closes}, except public holidays. A
 * target of nine working hours set at 17:00 on a Friday with 09:00–18:00 days ends at 17:00 on Monday.
 */
public record WorkingHours(LocalTime opens, LocalTime closes, Set<LocalDate> holidays, ZoneId zone) {

    /** Years of holidays a count can pass: a bound against a table with every day marked as a holiday. */
    private static final int LONGEST_SEARCH_DAYS = 3 * 366;

    public WorkingHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("A working day closes after it opens: " + opens + "–" + closes);
        }
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The length of one working day. */
    public Duration day() {
        return Duration.between(opens, closes);
    }

    /** The moment {@code working} working time after {@code start}: time outside working hours does not count. */
    public Instant after(Instant start, Duration working) {
        ZonedDateTime at = start.atZone(zone);
        Duration left = working;
        for (int days = 0; days < LONGEST_SEARCH_DAYS; days++) {
            LocalDate day = at.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime from = at.isBefore(open) ? open : at;
                if (from.isBefore(close)) {
                    Duration today = Duration.between(from, close);
                    if (left.compareTo(today) <= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(today);
                }
            }
            at = day.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No working time within " + LONGEST_SEARCH_DAYS + " days of " + start);
    }
}
