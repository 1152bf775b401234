package kr.co.saenal.sandan.inquiry.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One HTTP client for the alert couriers: short timeouts, so that a service that hangs costs a retry, not a sender. */
final class AlertHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private AlertHttp() {}

    /**
     * POSTs JSON with the given headers (name, value, name, value…).
     *
     * @throws IOException also for any answer but 2xx, with its status and the start of its body
     */
    static void postJson(String url, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Sandan-alerts/1")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String body = answer.body() == null ? "" : answer.body();
            throw new IOException("HTTP " + answer.statusCode() + " from "
                    + URI.create(url).getHost() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }
}
