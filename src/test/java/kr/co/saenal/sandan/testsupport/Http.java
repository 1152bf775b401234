package kr.co.saenal.sandan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small HTTP client for tests: one per simulated visitor (it keeps cookies), never follows redirects so
 * that tests can see them, and parses HTML with jsoup.
 */
public final class Http {

    public static final String BASE = System.getProperty("sandan.baseUrl", "http://127.0.0.1:" + httpPort());

    /** 8080 plus the offset of the test server (set in its JVM, or in failsafe's when tests run as a client). */
    private static int httpPort() {
        return 8080 + Integer.getInteger("jboss.socket.binding.port-offset", Integer.getInteger("it.port.offset", 0));
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = clientBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private String forwardedFor;

    /** A visitor of the test server. */
    public Http() {
        this(BASE);
    }

    /** A visitor of another server (a cluster's balancer or node), e.g. {@code http://127.0.0.1:8480}. */
    public Http(String base) {
        this.base = base;
    }

    /**
     * Every test client speaks HTTP/1.1 as browsers do over plain HTTP. The JDK's default tries an h2c upgrade, and
     * its HTTP/2 reader has failed now and then on a large upgraded response ("Frame type(216) length(730669)
     * exceeds MAX_FRAME_SIZE"), a fault of the client, not of the server under test.
     */
    public static HttpClient.Builder clientBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    /**
     * A visitor behind the test server's trusted proxy (127.0.0.1, {@code SANDAN_TRUSTED_PROXIES} in the pom): every
     * request says {@code X-Forwarded-For: address}, so the server takes it for a client of its own.
     */
    public Http forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET with extra headers: name, value, name, value, ... */
    public Reply get(String path, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value for every header name");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.header(namesAndValues[i], namesAndValues[i + 1]);
        }
        return send(request);
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Reply post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Any method, with one extra header (e.g. Authorization). */
    public Reply send(String method, String path, String contentType, byte[] body, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header(header, value);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Any method with any headers, repeated names included (name, value, name, value, ...). */
    public Reply sendWithHeaders(String method, String path, byte[] body, java.util.List<String> namesAndValues) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
            request.header(namesAndValues.get(i), namesAndValues.get(i + 1));
        }
        return send(request);
    }

    public Reply postForm(String path, Map<String, String> fields) {
        return post(path, "application/x-www-form-urlencoded", formEncoded(fields));
    }

    /** Form fields as a browser encodes them in the body of a POST ({@code application/x-www-form-urlencoded}). */
    public static byte[] formEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A {@code multipart/form-data} POST, as a browser sends a form with a file input: {@code fields} as text parts
     * (UTF-8), then one file part named {@code fileField} with the file's name and declared type.
     */
    /** A form with several files in one field: {@code files} maps each file name to its bytes, in order. */
    public Reply postMultipart(
            String path, Map<String, String> fields, String fileField, java.util.LinkedHashMap<String, byte[]> files) {
        String boundary = "----SandanTestBoundary" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + file.getKey()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Reply postMultipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String fileContentType,
            byte[] content) {
        String boundary = "----SandanTestBoundary" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + fileContentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The value of a cookie this visitor holds, e.g. the session id. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** HTTP Basic credentials, as a header value. */
    public static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A page or problem a visitor sees never shows a stack trace or an exception message. */
    public static void assertNoInternals(Reply reply) {
        String body = reply.body();
        for (String leak : new String[] {".java:", "Exception:", "Caused by", "at org.", "at kr.co."}) {
            if (body.contains(leak)) {
                throw new AssertionError("The answer shows internals (" + leak + "):\n" + reply);
            }
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<byte[]> response = client.send(
                    request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** A response with helpers for the checks tests make. */
    public static final class Reply {
        private final HttpResponse<byte[]> response;

        Reply(HttpResponse<byte[]> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** Every value of a header that may be repeated. */
        public java.util.List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Document html() {
            return Jsoup.parse(
                    body(), response.uri().resolve(response.uri().getRawPath()).toString());
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.uri() + "\n" + body();
        }
    }
}
