package kr.co.saenal.sandan.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Instants are stored in UTC and shown the way Korean readers expect (2026년 11월 26일 오전 9:00) in Korea's
 * time, or in the zone named by {@code SANDAN_TIMEZONE}, whatever zone the server itself runs in.
 */
public final class KoreanTime {

    private static final Logger LOG = Logger.getLogger(KoreanTime.class.getName());
    public static final ZoneId ZONE = zoneFromEnvironment(System.getenv("SANDAN_TIMEZONE"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy년 M월 d일 a h:mm", Locale.KOREAN);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd", Locale.KOREAN);

    private KoreanTime() {
    }

    static ZoneId zoneFromEnvironment(String configured) {
        if (configured == null || configured.isBlank()) {
            return ZoneId.of("Asia/Seoul");
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.warning(() -> "SANDAN_TIMEZONE=" + configured + " is not a time zone; using Asia/Seoul");
            return ZoneId.of("Asia/Seoul");
        }
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String shortDate(Instant instant) {
        return instant == null ? "" : SHORT_DATE.format(instant.atZone(ZONE));
    }

    /** For machines (feeds, sitemaps, structured data): ISO-8601 with the offset, 2026-11-26T09:00:00+09:00. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    /** Today's date in Korea's time (or {@code SANDAN_TIMEZONE}'s). */
    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    /** For tables: 2026.11.27 09:05 (24-hour clock). */
    public static String compact(Instant instant) {
        return instant == null ? "" : COMPACT.format(instant.atZone(ZONE));
    }
}
