package kr.co.saenal.sandan.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import kr.co.saenal.sandan.testsupport.Management;
import kr.co.saenal.sandan.testsupport.StandaloneServer;
import kr.co.saenal.sandan.testsupport.TcpRelay;
import kr.co.saenal.sandan.testsupport.ThrowAwayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/ready} answers DOWN, naming {@code sandan-database}, while PostgreSQL is gone, and UP again once it
 * is back. The outage is made by a relay, not by stopping PostgreSQL (other test suites use it meanwhile): a server
 * of this test's own (the build's PostgreSQL configuration, port offset 350, a throw-away database
 * {@code sandan_outage_it}) reaches PostgreSQL only through a {@link TcpRelay}; cutting the relay closes the
 * server's open connections and refuses new ones, which is what the server sees when PostgreSQL stops. Runs in the
 * ops leg ({@code mvn verify -Ppostgres,cluster}).
 */
class DatabaseOutageIT {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DATABASE = "sandan_outage_it";
    private static final int OFFSET = 350;

    private StandaloneServer server;
    private TcpRelay relay;

    @AfterEach
    void stopAndDrop() throws SQLException {
        if (server != null) {
            server.close();
        }
        if (relay != null) {
            relay.close();
        }
        if ("postgres".equals(System.getenv("SANDAN_DB"))) {
            ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, false);
        }
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        assumeTrue("postgres".equals(System.getenv("SANDAN_DB")), "PostgreSQL only (mvn verify -Ppostgres,cluster)");
        ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, true);
        relay = TcpRelay.to("127.0.0.1", 5432);
        Map<String, String> env = new HashMap<>(Map.of(
                "SANDAN_DB", "postgres",
                "SANDAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + DATABASE,
                "SANDAN_DB_USER", "postgres",
                "SANDAN_DB_PASSWORD", "postgres",
                "SANDAN_DATA_DIR", "target/servers/outage-data",
                "SANDAN_ADMIN_PASSWORD", "outage-Admin-2026!",
                "SANDAN_SMTP_PORT", Integer.toString(3025 + OFFSET),
                "SANDAN_DEMO_CONTENT", "false"));
        server = StandaloneServer.prepare("outage", OFFSET, env);
        server.start(Duration.ofMinutes(8)); // generous: a loaded CI machine deploys slowly
        Management management = new Management("http://127.0.0.1:" + (9990 + OFFSET));

        Management.Health up = awaitReadiness(management, "UP");
        assertEquals(200, up.status(), up::toString);
        assertEquals("UP", status(up, "sandan-database"), up::toString);

        relay.cut();
        Management.Health down = awaitReadiness(management, "DOWN");
        assertEquals(503, down.status(), down::toString);
        assertEquals("DOWN", status(down, "sandan-database"), down::toString);

        relay.restore();
        Management.Health back = awaitReadiness(management, "UP");
        assertEquals(200, back.status(), back::toString);
        assertEquals("UP", status(back, "sandan-database"), back::toString);
    }

    private static String status(Management.Health health, String check) {
        return health.check(check)
                .map(c -> c.getString("status"))
                .orElseThrow(() -> new AssertionError(check + " missing: " + health));
    }

    /** Polls until the overall status and the database check's are {@code wanted}; ends as soon as they are. */
    private static Management.Health awaitReadiness(Management management, String wanted) throws InterruptedException {
        Predicate<Management.Health> reached = health -> wanted.equals(health.overall())
                && health.check("sandan-database")
                        .map(c -> wanted.equals(c.getString("status")))
                        .orElse(false);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Optional<Management.Health> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            Management.Health health = management.health("/health/ready");
            last = Optional.of(health);
            if (reached.test(health)) {
                return health;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "readiness did not become " + wanted + " within 2 minutes; last: " + last.orElse(null));
    }
}
