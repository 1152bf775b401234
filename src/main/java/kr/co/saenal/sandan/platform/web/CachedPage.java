package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import kr.co.saenal.sandan.platform.RandomTokens;

/**
 * A rendered page (or feed) as {@link PageCache} keeps it. What must differ for every reader is never served twice:
 * the body is kept cut at every place a per-answer value was written — the script nonce, and what the page marked
 * with {@link PerAnswer} (form stamps, submission keys) — and each answer gets fresh values in those places and in
 * its headers. A client that already holds the page (its {@code ETag}, or {@code Last-Modified}) is answered
 * {@code 304} from the kept headers.
 */
final class CachedPage {

    /** Headers a {@code 304} repeats (RFC 9110 §15.4.5); the others stay as the client's copy has them. */
    private static final Set<String> NOT_MODIFIED_HEADERS =
            Set.of("etag", "last-modified", "cache-control", "vary", "expires", "content-location");

    /** The body in UTF-8, cut where per-answer values were written; {@code between[i]} goes after {@code pieces[i]}. */
    private final byte[][] pieces;

    private final int[] between;
    /** The per-answer values as rendered, each with its way of making a fresh one. */
    private final List<Map.Entry<String, Supplier<String>>> perAnswer;

    private final int piecesLength;
    private final Map<String, List<String>> headers;
    private final String contentType;
    private final long generation;
    private final long renderedAt;
    /** When, by {@link PageCache#now()}, the page shows something that is no longer true ({@link PageLifetime}). */
    private final long expiresAt;

    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** @param renderedAt when, by {@link PageCache#now()} */
    CachedPage(
            String body,
            String nonce,
            Map<String, List<String>> headers,
            String contentType,
            long generation,
            long renderedAt) {
        this(body, withNonce(nonce, Map.of()), headers, contentType, generation, renderedAt, Long.MAX_VALUE);
    }

    /**
     * A page written as text.
     *
     * @param perAnswer the values to make afresh for every answer, as rendered (see {@link #withNonce})
     * @param expiresAt when, by {@link PageCache#now()}, it must no longer be served at all
     */
    CachedPage(
            String body,
            Map<String, Supplier<String>> perAnswer,
            Map<String, List<String>> headers,
            String contentType,
            long generation,
            long renderedAt,
            long expiresAt) {
        this.perAnswer = List.copyOf(perAnswer.entrySet());
        List<byte[]> cut = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            int which = -1;
            for (int i = 0; i < this.perAnswer.size(); i++) {
                String value = this.perAnswer.get(i).getKey();
                int found = body.indexOf(value, from);
                if (found >= 0
                        && (at < 0
                                || found < at
                                || found == at
                                        && value.length()
                                                > this.perAnswer
                                                        .get(which)
                                                        .getKey()
                                                        .length())) {
                    at = found;
                    which = i;
                }
            }
            if (at < 0) {
                break;
            }
            cut.add(body.substring(from, at).getBytes(StandardCharsets.UTF_8));
            filled.add(which);
            from = at + this.perAnswer.get(which).getKey().length();
        }
        cut.add(body.substring(from).getBytes(StandardCharsets.UTF_8));
        this.pieces = cut.toArray(byte[][]::new);
        this.between = filled.stream().mapToInt(Integer::intValue).toArray();
        this.piecesLength = cut.stream().mapToInt(piece -> piece.length).sum();
        this.headers = headers;
        this.contentType = contentType;
        this.generation = generation;
        this.renderedAt = renderedAt;
        this.expiresAt = expiresAt;
    }

    /** A document written as bytes (a feed, the sitemap): served as it is. */
    CachedPage(
            byte[] body,
            Map<String, List<String>> headers,
            String contentType,
            long generation,
            long renderedAt,
            long expiresAt) {
        this.perAnswer = List.of();
        this.pieces = new byte[][] {body};
        this.between = new int[0];
        this.piecesLength = body.length;
        this.headers = headers;
        this.contentType = contentType;
        this.generation = generation;
        this.renderedAt = renderedAt;
        this.expiresAt = expiresAt;
    }

    /** The page's script nonce (made afresh like PrimeFaces' own) first, then {@code marked}. */
    static Map<String, Supplier<String>> withNonce(String nonce, Map<String, Supplier<String>> marked) {
        Map<String, Supplier<String>> all = new LinkedHashMap<>();
        if (nonce != null) {
            all.put(nonce, RandomTokens::nonce);
        }
        marked.forEach(all::putIfAbsent);
        return all;
    }

    long generation() {
        return generation;
    }

    long renderedAt() {
        return renderedAt;
    }

    /** Whether the page shows something that has ended by {@code now} (a pin that ran out): never to be served. */
    boolean expired(long now) {
        return expiresAt != Long.MAX_VALUE && now - expiresAt >= 0;
    }

    /** @return true for the one request that is to render this page's successor */
    boolean claimRefresh() {
        return refreshing.compareAndSet(false, true);
    }

    void refreshEnded() {
        refreshing.set(false);
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (clientHoldsIt(request)) {
            headers.forEach((name, values) -> {
                if (NOT_MODIFIED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(value -> response.addHeader(name, value));
                }
            });
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[][] fresh = new byte[perAnswer.size()][];
        String[] freshText = new String[perAnswer.size()];
        for (int i = 0; i < fresh.length; i++) {
            freshText[i] = perAnswer.get(i).getValue().get();
            fresh[i] = freshText[i].getBytes(StandardCharsets.UTF_8);
        }
        headers.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                for (int f = 0; f < freshText.length; f++) {
                    value = value.replace(perAnswer.get(f).getKey(), freshText[f]);
                }
                if (i == 0) {
                    response.setHeader(name, value);
                } else {
                    response.addHeader(name, value);
                }
            }
        });
        response.setContentType(contentType);
        int length = piecesLength;
        for (int f : between) {
            length += fresh[f].length;
        }
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                out.write(fresh[between[i - 1]]);
            }
            out.write(pieces[i]);
        }
    }

    /** Whether the request's conditions show the client's copy to be this page (If-None-Match wins, RFC 9110 §13). */
    private boolean clientHoldsIt(HttpServletRequest request) {
        String etag = first("ETag");
        String lastModified = first("Last-Modified");
        if (etag == null && lastModified == null) {
            return false;
        }
        return ConditionalGet.clientHolds(request, etag, lastModified == null ? null : parse(lastModified));
    }

    private String first(String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    private static Instant parse(String httpDate) {
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
