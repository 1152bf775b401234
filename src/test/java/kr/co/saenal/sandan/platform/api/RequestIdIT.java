package kr.co.saenal.sandan.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Eventually;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer names its request ({@code X-Request-Id}); a problem document names it too, and the id leads to the
 * request's lines in Sandan's JSON log (the test server runs with {@code SANDAN_LOG_FORMAT=json}, so the text log
 * gets none of them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIdIT {

    private static final Path LOGS = Path.of(System.getProperty("jboss.home"), "standalone", "log");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void everyAnswerNamesItsRequestWithAFreshIdEachTime() {
        Http http = new Http();
        String first = http.get("/").header("X-Request-Id").orElseThrow();
        String second = http.get("/").header("X-Request-Id").orElseThrow();
        String api = http.get("/api/news?size=1").header("X-Request-Id").orElseThrow();

        assertTrue(first.matches("[a-z2-9]{16}"), first);
        assertNotEquals(first, second);
        assertNotEquals(second, api);
    }

    @Test
    void anIdTheRequestBringsIsKeptWhenWellFormedAndReplacedOtherwise() {
        Http http = new Http();
        String balancers = "lb-7f3a9c2e-0001";
        assertEquals(
                Optional.of(balancers), http.get("/", "X-Request-Id", balancers).header("X-Request-Id"));

        for (String forged : List.of("short", "x".repeat(65), "two words here", "<script>alert(1)</script>")) {
            String given =
                    http.get("/", "X-Request-Id", forged).header("X-Request-Id").orElseThrow();
            assertTrue(given.matches("[a-z2-9]{16}"), () -> forged + " → " + given);
        }
    }

    @Test
    void aProblemDocumentNamesItsRequestAndTheIdLeadsToTheJsonLog() {
        Http.Reply refused = new Http().postJson("/api/inquiries", "{\"company\": \"\"}");
        assertEquals(400, refused.status(), refused::toString);
        JsonObject problem = Requests.json(refused.body());
        String id = problem.getString("requestId");
        assertEquals(Optional.of(id), refused.header("X-Request-Id"));

        Eventually.holds(
                Duration.ofSeconds(20),
                () -> linesOf("sandan.json.log").stream()
                        .filter(line -> line.contains(id))
                        .map(Requests::json)
                        .anyMatch(line -> id.equals(line.getJsonObject("mdc").getString("requestId", null))
                                && line.getString("message").contains("POST /api/inquiries answered 400 validation")),
                "a line of request " + id + " in sandan.json.log");
        assertFalse(
                linesOf("sandan.log").stream().anyMatch(line -> line.contains(id)),
                "SANDAN_LOG_FORMAT=json: the text log stays silent");
    }

    @Test
    void anIdInAProblemWrittenOutsideJaxRsToo() {
        Http.Reply refused = new Http().post("/api/inquiries", ";;", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, refused.status(), refused::toString);
        assertEquals(
                refused.header("X-Request-Id"),
                Optional.of(Requests.json(refused.body()).getString("requestId")));
    }

    private static List<String> linesOf(String file) {
        Path log = LOGS.resolve(file);
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
