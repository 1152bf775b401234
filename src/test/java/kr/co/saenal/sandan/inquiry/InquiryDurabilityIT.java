package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StandaloneServer;
import kr.co.saenal.sandan.testsupport.ThrowAwayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A consultation request that was answered 201 survives the server's sudden death. 200 valid requests are sent at
 * once to a server of this test's own (on PostgreSQL, in a database of its own); once some have been answered the
 * server is killed with SIGKILL and started again. Every request that got a 201 must then be stored exactly once,
 * and a client that retries the unanswered ones under the same {@code Idempotency-Key} gets each stored once too.
 * Runs with {@code -Ppostgres} (the PostgreSQL leg of {@code .ci/run}).
 */
class InquiryDurabilityIT {

    private static final int REQUESTS = 200;
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DATABASE = "sandan_durability";

    private StandaloneServer server;

    @AfterEach
    void stopAndDrop() throws SQLException {
        if (server != null) {
            server.close();
        }
        if ("postgres".equals(System.getenv("SANDAN_DB"))) {
            ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, false);
        }
    }

    private record Outcome(int status, long id) {}

    @Test
    void everyAnsweredRequestIsStoredExactlyOnceAfterAKill() throws Exception {
        assumeTrue("postgres".equals(System.getenv("SANDAN_DB")), "PostgreSQL only (mvn verify -Ppostgres)");
        ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, true);
        int offset = Integer.getInteger("it.port.offset", 0) + 300;
        Map<String, String> env = new HashMap<>(Map.of(
                "SANDAN_DB", "postgres",
                "SANDAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "SANDAN_DB_USER", "postgres",
                "SANDAN_DB_PASSWORD", "postgres",
                "SANDAN_DATA_DIR", "target/servers/durability-data",
                "SANDAN_ADMIN_PASSWORD", "durability-Admin-2026!",
                "SANDAN_SMTP_PORT", Integer.toString(3025 + offset),
                "SANDAN_TRUSTED_PROXIES", "127.0.0.1",
                "SANDAN_DEMO_CONTENT", "false"));
        server = StandaloneServer.prepare("durability", offset, env);
        server.start(Duration.ofMinutes(3));

        HttpClient client = Http.clientBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16))
                .build();
        Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch someAnswered = new CountDownLatch(40);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int n = 0; n < REQUESTS; n++) {
            int number = n;
            sent.add(client.sendAsync(request(number), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(reply -> {
                        long id = reply.statusCode() == 201
                                ? Requests.json(reply.body())
                                        .getJsonNumber("id")
                                        .longValue()
                                : -1;
                        outcomes.put(number, new Outcome(reply.statusCode(), id));
                        answered.incrementAndGet();
                        someAnswered.countDown();
                    })
                    .exceptionally(failure -> null));
        }
        assertTrue(someAnswered.await(2, TimeUnit.MINUTES), "some requests were answered before the kill");
        server.kill();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        long created = outcomes.values().stream().filter(o -> o.status() == 201).count();
        System.out.printf(
                "Durability: %d of %d requests answered before the kill, %d with 201, %d unanswered%n",
                answered.get(), REQUESTS, created, REQUESTS - outcomes.size());
        assertTrue(
                outcomes.values().stream().allMatch(o -> o.status() == 201),
                "every answer before the kill was 201: " + outcomes.values());
        assertTrue(outcomes.size() < REQUESTS, "the kill came in the middle: some requests were never answered");

        server.start(Duration.ofMinutes(3));

        Map<Integer, List<Long>> stored = storedPerRequest();
        for (Map.Entry<Integer, Outcome> answer : outcomes.entrySet()) {
            assertEquals(
                    List.of(answer.getValue().id()),
                    stored.get(answer.getKey()),
                    "request " + answer.getKey() + " was answered 201 and is stored exactly once");
        }
        stored.forEach((number, ids) -> assertEquals(1, ids.size(), "request " + number + " is not stored twice"));
        System.out.printf(
                "Durability: after the restart %d stored, %d of them committed while their answer was lost%n",
                stored.size(),
                stored.keySet().stream().filter(n -> !outcomes.containsKey(n)).count());

        for (int n = 0; n < REQUESTS; n++) {
            if (!outcomes.containsKey(n)) {
                HttpResponse<String> retried =
                        Http.clientBuilder().build().send(request(n), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, retried.statusCode(), retried::body);
            }
        }
        Map<Integer, List<Long>> afterRetries = storedPerRequest();
        assertEquals(REQUESTS, afterRetries.size(), "after retrying the unanswered ones every request is stored");
        afterRetries.forEach((number, ids) -> assertEquals(1, ids.size(), "request " + number + " stored once"));
    }

    /** Request number n: its own client address, idempotency key and e-mail address (how it is found again). */
    private HttpRequest request(int n) {
        String body = Requests.validInquiry(
                b -> b.add("email", "durable-" + n + "@example.kr").add("message", "장애 복구 시험 신청 " + n + "번입니다."));
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/inquiries"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "durability-" + n)
                .header("X-Forwarded-For", "198.19." + (n / 250) + "." + (n % 250 + 1))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static Map<Integer, List<Long>> storedPerRequest() throws SQLException {
        Map<Integer, List<Long>> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "postgres");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select id, email from inquiry where email like 'durable-%'")) {
            while (rows.next()) {
                String email = rows.getString("email");
                int number = Integer.parseInt(email.substring("durable-".length(), email.indexOf('@')));
                stored.computeIfAbsent(number, k -> new ArrayList<>()).add(rows.getLong("id"));
            }
        }
        return stored;
    }
}
