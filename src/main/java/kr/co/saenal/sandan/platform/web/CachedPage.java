package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A rendered page as {@link PageCache} keeps it. Its script nonce is never served twice: the body is kept cut at
 * every place the nonce was written, and each answer gets a fresh nonce in those places and in its policy header.
 */
final class CachedPage {

    /** The body in UTF-8, cut where the nonce was written (ASCII, so the cuts fall between characters). */
    private final byte[][] aroundNonce;

    private final int bodyLength;
    private final String nonce;
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
        this(body, nonce, headers, contentType, generation, renderedAt, Long.MAX_VALUE);
    }

    /** @param expiresAt when, by {@link PageCache#now()}, it must no longer be served at all */
    CachedPage(
            String body,
            String nonce,
            Map<String, List<String>> headers,
            String contentType,
            long generation,
            long renderedAt,
            long expiresAt) {
        this.expiresAt = expiresAt;
        this.nonce = nonce;
        String[] parts = nonce == null ? new String[] {body} : body.split(Pattern.quote(nonce), -1);
        this.aroundNonce = new byte[parts.length][];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            aroundNonce[i] = parts[i].getBytes(StandardCharsets.UTF_8);
            length += aroundNonce[i].length;
        }
        this.bodyLength = length;
        this.headers = headers;
        this.contentType = contentType;
        this.generation = generation;
        this.renderedAt = renderedAt;
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

    void writeTo(HttpServletResponse response) throws IOException {
        String fresh = nonce == null ? null : newNonce();
        headers.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                String value = fresh == null ? values.get(i) : values.get(i).replace(nonce, fresh);
                if (i == 0) {
                    response.setHeader(name, value);
                } else {
                    response.addHeader(name, value);
                }
            }
        });
        response.setContentType(contentType);
        byte[] freshBytes = fresh == null ? new byte[0] : fresh.getBytes(StandardCharsets.US_ASCII);
        response.setContentLength(bodyLength + (aroundNonce.length - 1) * freshBytes.length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < aroundNonce.length; i++) {
            if (i > 0) {
                out.write(freshBytes);
            }
            out.write(aroundNonce[i]);
        }
    }

    /** The same form as PrimeFaces' own nonces. */
    private static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }
}
