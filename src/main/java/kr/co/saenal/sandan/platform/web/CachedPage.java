package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private final String[] aroundNonce;
    private final String nonce;
    private final Map<String, List<String>> headers;
    private final String contentType;
    private final long generation;
    private final long renderedAt = System.nanoTime();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    CachedPage(String body, String nonce, Map<String, List<String>> headers, String contentType, long generation) {
        this.nonce = nonce;
        this.aroundNonce = nonce == null ? new String[] {body} : body.split(Pattern.quote(nonce), -1);
        this.headers = headers;
        this.contentType = contentType;
        this.generation = generation;
    }

    long generation() {
        return generation;
    }

    long renderedAt() {
        return renderedAt;
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
        byte[] body = (fresh == null ? aroundNonce[0] : String.join(fresh, aroundNonce)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The same form as PrimeFaces' own nonces. */
    private static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }
}
