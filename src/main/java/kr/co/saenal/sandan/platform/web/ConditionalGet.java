package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Cache validators for generated documents (feeds, the sitemap): a strong {@code ETag} from the bytes and a
 * {@code Last-Modified} from the content, and {@code 304 Not Modified} when the client already has them
 * (RFC 9110 §13: {@code If-None-Match} wins over {@code If-Modified-Since}).
 */
public final class ConditionalGet {

    private ConditionalGet() {}

    /** A strong entity tag for exactly these bytes. */
    public static String etagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the validators and, when the request's conditions show that the client's copy is current, answers
     * {@code 304} without a body.
     *
     * @param lastModified {@code null} when the document has no meaningful date (e.g. an empty feed)
     * @return {@code true} when the 304 has been sent and nothing more is to be written
     */
    public static boolean answeredNotModified(
            HttpServletRequest request, HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        boolean current = clientHolds(request, etag, lastModified);
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /**
     * Whether the request's conditions show that the client holds the document with these validators.
     *
     * @param etag         {@code null} when the document has none
     * @param lastModified {@code null} when the document has no meaningful date
     */
    public static boolean clientHolds(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return etag != null && matches(ifNoneMatch, etag);
        }
        return lastModified != null && notModifiedSince(request, lastModified);
    }

    /** Weak comparison, as If-None-Match asks for: {@code W/"x"} matches {@code "x"}. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.replaceFirst("^W/", "");
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.replaceFirst("^W/", "").equals(opaque));
    }

    private static boolean notModifiedSince(HttpServletRequest request, Instant lastModified) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: ignore the condition
        }
        return since != -1 && lastModified.getEpochSecond() <= since / 1000;
    }
}
