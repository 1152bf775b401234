package kr.co.saenal.sandan.testsupport;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What WildFly serves on its management interface for monitoring: health ({@code /health/…}, MicroProfile Health)
 * and the Prometheus text of the Micrometer registry ({@code /prometheus}).
 */
public final class Management {

    /** A sample line of the Prometheus text format: {@code name{label="value",…} 12.0}. */
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String base;

    /** The test server's management interface ({@code it.management.port}). */
    public Management() {
        this("http://127.0.0.1:" + Integer.getInteger("it.management.port", 9990));
    }

    public Management(String base) {
        this.base = base;
    }

    public record Health(int status, JsonObject body) {

        /** The check named {@code name}, if the answer has it. */
        public Optional<JsonObject> check(String name) {
            return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> check.getString("name").equals(name))
                    .findFirst();
        }

        public String overall() {
            return body.getString("status");
        }
    }

    /** {@code /health/ready}, {@code /health/live} … (200 when UP, 503 when DOWN, the same JSON either way). */
    public Health health(String path) {
        HttpResponse<String> response = get(path);
        return new Health(response.statusCode(), Requests.json(response.body()));
    }

    /** The samples of one scrape, keyed by the name and the labels as sorted {@code name{a="1",b="2"}}. */
    public Map<String, Double> scrape() {
        HttpResponse<String> response = get("/prometheus");
        if (response.statusCode() != 200) {
            throw new AssertionError("/prometheus answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.strip());
            if (sample.matches()) {
                samples.merge(key(sample.group(1), sample.group(2)), Double.parseDouble(sample.group(3)), Double::sum);
            }
        }
        return samples;
    }

    /**
     * The sum of the samples named {@code name} whose labels include {@code labels} (names and values alternately),
     * whatever their other labels; 0 when there is none yet (a counter appears with its first increment).
     */
    public static double sum(Map<String, Double> samples, String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> hasLabels(e.getKey(), labels))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static boolean hasLabels(String key, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!key.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name, String labels) {
        if (labels == null) {
            return name;
        }
        Map<String, String> sorted = new java.util.TreeMap<>();
        Matcher label = LABEL.matcher(labels);
        while (label.find()) {
            sorted.put(label.group(1), label.group(2));
        }
        StringBuilder key = new StringBuilder(name).append('{');
        sorted.forEach((n, v) -> key.append(n).append("=\"").append(v).append("\","));
        return key.append('}').toString();
    }

    private HttpResponse<String> get(String path) {
        try {
            return Http.clientBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
