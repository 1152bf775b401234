package kr.co.saenal.sandan.news.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The articles a visitor has read today (in Korea's time), kept in the visitor's own cookie so that a reload or a
 * second visit the same day does not count again: {@code 20261126-12.15.7}. The cookie names no visitor and
 * lives until midnight; no session, no table, nothing shared between cluster nodes. Changing it can only keep
 * one's own readings from being counted, so it is not signed; a client that drops cookies is counted each time,
 * as it would be by any cookie scheme.
 */
public record ReadArticles(LocalDate day, List<Long> ids) {

    public static final String COOKIE = "sandan_read";
    /** The newest ones are kept; a reader of more than this many articles a day may be counted again. */
    static final int MAX_IDS = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern VALUE = Pattern.compile("[0-9]{8}-[0-9]{1,18}(\\.[0-9]{1,18}){0,99}");

    public ReadArticles {
        ids = List.copyOf(ids); // oldest first
    }

    /** What the cookie says about {@code today}; a cookie from another day, or a broken one, says nothing. */
    public static ReadArticles from(String cookieValue, LocalDate today) {
        if (cookieValue == null || !VALUE.matcher(cookieValue).matches()) {
            return new ReadArticles(today, List.of());
        }
        String[] parts = cookieValue.split("-", 2);
        try {
            if (!LocalDate.parse(parts[0], DAY).equals(today)) {
                return new ReadArticles(today, List.of());
            }
        } catch (DateTimeParseException e) {
            return new ReadArticles(today, List.of());
        }
        return new ReadArticles(
                today,
                Arrays.stream(parts[1].split("\\."))
                        .map(Long::valueOf)
                        .distinct()
                        .toList());
    }

    public boolean contains(long id) {
        return ids.contains(id);
    }

    /** The cookie's new value, with {@code id} added (and the oldest dropped past {@link #MAX_IDS}). */
    public String cookieValueWith(long id) {
        List<Long> kept = ids.stream().filter(i -> i != id).collect(Collectors.toList());
        kept.add(id);
        if (kept.size() > MAX_IDS) {
            kept = kept.subList(kept.size() - MAX_IDS, kept.size());
        }
        return day.format(DAY) + "-" + kept.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
}
