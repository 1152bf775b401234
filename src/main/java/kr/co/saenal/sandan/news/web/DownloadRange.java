package kr.co.saenal.sandan.news.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a download (RFC 9110 §14): {@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-100}. Several
 * ranges, or a header that is not a byte range, are ignored (the whole file is sent, as the RFC allows); a range
 * that starts past the end is {@link #UNSATISFIABLE}.
 */
record DownloadRange(long first, long last) {

    static final DownloadRange UNSATISFIABLE = new DownloadRange(-1, -1);
    private static final Pattern ONE = Pattern.compile("bytes=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

    long length() {
        return last - first + 1;
    }

    /** The range asked for, {@code null} for the whole file, or {@link #UNSATISFIABLE}. */
    static DownloadRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = ONE.matcher(header);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                return UNSATISFIABLE;
            }
            return new DownloadRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
        if (last < first) {
            return null; // not a valid range: ignored
        }
        if (first >= size) {
            return UNSATISFIABLE;
        }
        return new DownloadRange(first, Math.min(last, size - 1));
    }

    /** Whether {@code If-None-Match} names this entity tag (or any). */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .anyMatch(tag ->
                                tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag));
    }
}
