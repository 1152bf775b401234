package kr.co.saenal.sandan.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.co.saenal.sandan.platform.config.PlatformSettings;
import kr.co.saenal.sandan.platform.config.SettingsReader;

/**
 * Instants are stored in UTC and shown in Korea's time, or in the zone named by {@code SANDAN_TIMEZONE}, whatever
 * zone the server itself runs in: the way Korean readers expect (2026년 11월 26일 오전 9:00), or to a reader of the
 * English chrome the English way (26 November 2026, 9:00 AM). The words of dates are the platform's
 * {@code time.*} texts; numeric forms (2026.11.26) are the same in both languages.
 */
public final class KoreanTime {

    /** Read once, through the same rule the startup check applies ({@link PlatformSettings#zone}). */
    public static final ZoneId ZONE = PlatformSettings.zone(SettingsReader.fromConfig());

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd", Locale.KOREAN);
    /** The worded formats by text key and language, read once from the texts. */
    private static final Map<String, DateTimeFormatter> WORDED = new ConcurrentHashMap<>();

    private KoreanTime() {}

    /** 2026년 11월 26일, or 26 November 2026 in English: in the language of the request being served. */
    public static String date(Instant instant) {
        return date(instant, Texts.current());
    }

    public static String date(Instant instant, Locale locale) {
        return worded("time.date", instant, locale);
    }

    /** 2026년 11월 26일 오전 9:00, or 26 November 2026, 9:00 AM in English: in the request's language. */
    public static String dateTime(Instant instant) {
        return dateTime(instant, Texts.current());
    }

    public static String dateTime(Instant instant, Locale locale) {
        return worded("time.dateTime", instant, locale);
    }

    private static String worded(String key, Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        Locale spoken = Texts.spoken(locale);
        return WORDED.computeIfAbsent(
                        key + '|' + spoken.getLanguage(),
                        k -> DateTimeFormatter.ofPattern(
                                Texts.of(KoreanTime.class, spoken).getString(key), spoken))
                .format(instant.atZone(ZONE));
    }

    public static String shortDate(Instant instant) {
        return instant == null ? "" : SHORT_DATE.format(instant.atZone(ZONE));
    }

    /** For machines (feeds, sitemaps, structured data): ISO-8601 with the offset, 2026-11-26T09:00:00+09:00. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
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
