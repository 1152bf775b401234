package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    private static final String NONCE = "bm9uY2Utb2YtdGhlLXJlbmRlcg==";
    private static final String STAMP = "1764633600000.c2lnbmVkLXN0YW1w";
    private static final String KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final AtomicInteger stamps = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();

    @Test
    void everyAnswerGetsItsOwnNonceStampAndKeyAndTheRestAsRendered() throws IOException {
        CachedPage page = page("<script nonce=\"" + NONCE + "\"></script><p>가나다</p><input value=\"" + STAMP
                + "\"><input value=\"" + KEY + "\"><script nonce=\"" + NONCE + "\"></script><input value=\""
                + STAMP + "\">");

        RecordedResponse first = served(page, Map.of());
        RecordedResponse second = served(page, Map.of());

        String one = text(first);
        String two = text(second);
        assertFalse(one.contains(NONCE) || one.contains(STAMP) || one.contains(KEY), one);
        assertNotEquals(one, two);
        String nonce = first.headers.get("Content-Security-Policy").get(0).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertEquals(2, one.split(java.util.regex.Pattern.quote(nonce), -1).length - 1, "both scripts, one nonce");
        assertTrue(one.contains("<input value=\"stamp-1\">") && one.endsWith("<input value=\"stamp-1\">"), one);
        assertTrue(two.contains("<input value=\"stamp-2\">") && two.contains("<input value=\"key-2\">"), two);
        assertEquals(
                one.replace(nonce, "N").replace("stamp-1", "S").replace("key-1", "K"),
                two.replace(
                                second.headers
                                        .get("Content-Security-Policy")
                                        .get(0)
                                        .replaceAll(".*'nonce-([^']+)'.*", "$1"),
                                "N")
                        .replace("stamp-2", "S")
                        .replace("key-2", "K"));
        assertEquals(first.body.size(), first.contentLength, "the length of what was written");
        assertEquals(2, stamps.get(), "one stamp per answer, wherever it stands");
    }

    @Test
    void aClientHoldingThePageGetsA304WithItsValidatorsOnly() throws IOException {
        CachedPage page = page("<p>kept</p>");

        RecordedResponse revalidated = served(page, Map.of("If-None-Match", "W/\"v1\""));
        RecordedResponse other = served(page, Map.of("If-None-Match", "W/\"v0\""));

        assertEquals(304, revalidated.status);
        assertEquals(0, revalidated.body.size());
        assertEquals(List.of("W/\"v1\""), revalidated.headers.get("ETag"));
        assertEquals(List.of("no-cache"), revalidated.headers.get("Cache-Control"));
        assertFalse(revalidated.headers.containsKey("Content-Security-Policy"), "no nonce the client's copy lacks");
        assertEquals(200, other.status);
        assertEquals("<p>kept</p>", text(other));
    }

    @Test
    void aFeedIsServedAsItsBytesAndRevalidatedByDate() throws IOException {
        byte[] xml = "<rss>피드</rss>".getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Last-Modified", List.of("Tue, 01 Dec 2026 09:00:00 GMT"));
        CachedPage feed = new CachedPage(xml, headers, "application/rss+xml;charset=UTF-8", 0, 0, Long.MAX_VALUE);

        assertEquals("<rss>피드</rss>", text(served(feed, Map.of())));
        assertEquals(304, served(feed, Map.of("If-Modified-Since", "Tue, 01 Dec 2026 09:00:00 GMT")).status);
        assertEquals(200, served(feed, Map.of("If-Modified-Since", "Mon, 30 Nov 2026 09:00:00 GMT")).status);
    }

    private CachedPage page(String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", List.of("script-src 'self' 'nonce-" + NONCE + "'"));
        headers.put("ETag", List.of("W/\"v1\""));
        headers.put("Cache-Control", List.of("no-cache"));
        Map<String, Supplier<String>> marked = new LinkedHashMap<>();
        marked.put(STAMP, () -> "stamp-" + stamps.incrementAndGet());
        marked.put(KEY, () -> "key-" + keys.incrementAndGet());
        return new CachedPage(
                body, CachedPage.withNonce(NONCE, marked), headers, "text/html;charset=UTF-8", 0, 0, Long.MAX_VALUE);
    }

    private static RecordedResponse served(CachedPage page, Map<String, String> requestHeaders) throws IOException {
        RecordedResponse response = new RecordedResponse();
        page.writeTo(request(requestHeaders), response.response());
        return response;
    }

    private static String text(RecordedResponse response) {
        return response.body.toString(StandardCharsets.UTF_8);
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                CachedPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getDateHeader" ->
                        headers.containsKey((String) args[0])
                                ? java.time.ZonedDateTime.parse(
                                                headers.get((String) args[0]),
                                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                                        .toInstant()
                                        .toEpochMilli()
                                : -1L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
