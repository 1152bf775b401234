package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.StandaloneServer;
import kr.co.saenal.sandan.testsupport.ThrowAwayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database password has no default: a server started without {@code SANDAN_DB_PASSWORD} must not
 * serve Sandan, and its log must name the variable. Everything else is given (a database that exists, a user that
 * may log in without a password), so nothing but the missing variable can stop it. Runs with {@code -Ppostgres}, on
 * a server of this test's own ({@code testsupport.StandaloneServer}).
 */
class DatabasePasswordIT {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DATABASE = "sandan_no_password";

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

    @Test
    void withoutTheDatabasePasswordSandanIsNotServedAndTheLogSaysWhy() throws Exception {
        assumeTrue("postgres".equals(System.getenv("SANDAN_DB")), "PostgreSQL only (mvn verify -Ppostgres)");
        ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, true);
        int offset = Integer.getInteger("it.port.offset", 0) + 350;
        server = StandaloneServer.prepare(
                        "no-db-password",
                        offset,
                        Map.of(
                                "SANDAN_DB", "postgres",
                                "SANDAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                                "SANDAN_DB_USER", "postgres",
                                "SANDAN_DATA_DIR", "target/servers/no-db-password-data",
                                "SANDAN_ADMIN_PASSWORD", "no-Password-Admin-2026!",
                                "SANDAN_SMTP_PORT", Integer.toString(3025 + offset),
                                "SANDAN_DEMO_CONTENT", "false"))
                .without("SANDAN_DB_PASSWORD");

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> server.start(Duration.ofMinutes(3)),
                "no Sandan without a database password");
        assertTrue(refused.getMessage().contains("did not start"), refused.getMessage());
        server.awaitConsole("WFLYSRV0026", Duration.ofMinutes(1)); // "started (with errors)", if it stays up at all

        String console = server.console();
        assertTrue(console.contains("SANDAN_DB_PASSWORD"), "the log names the missing variable:\n" + console);
        assertFalse(console.contains("WFLYSRV0025"), "never reported as started without errors");
        for (String path : new String[] {"/", "/news", "/api/news?size=1", "/login"}) {
            int status = statusOf(server.baseUrl() + path);
            System.out.printf(
                    "Without SANDAN_DB_PASSWORD: GET %s answers %d (server process %s)%n",
                    path, status, server.isRunning() ? "running" : "gone");
            assertNotEquals(200, status, path + " is not served");
        }
        int ready = statusOf("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
        System.out.printf("Without SANDAN_DB_PASSWORD: the management interface's /health/ready answers %d%n", ready);
        assertEquals(503, ready, "not ready, so that a load balancer or orchestrator sends no one there");
    }

    /** The HTTP status of a GET, or -1 when nothing listens. */
    private static int statusOf(String url) throws InterruptedException {
        try {
            HttpRequest get = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return Http.clientBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(get, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException nothingListens) {
            return -1;
        }
    }
}
