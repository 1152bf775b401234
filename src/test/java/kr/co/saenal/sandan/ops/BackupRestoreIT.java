package kr.co.saenal.sandan.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StandaloneServer;
import kr.co.saenal.sandan.testsupport.ThrowAwayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The backup of docs/deploying.md, done as it says: {@code pg_dump -Fc} of a running site's database, {@code
 * pg_restore} into a fresh database, a server started on it with an empty data directory. The restored site has the
 * same posts, the same inquiries and finds the same posts (it builds its search index by itself): the database is
 * all there is to keep. Runs in the ops leg ({@code mvn verify -Ppostgres,cluster}), on throw-away databases.
 */
class BackupRestoreIT {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String ORIGINAL = "sandan_backup_it";
    private static final String RESTORED = "sandan_restore_it";
    private static final int OFFSET = 370;
    private static final String ADMIN_PASSWORD = "backup-Admin-2026!";

    private StandaloneServer server;

    @AfterEach
    void stopAndDrop() throws SQLException {
        if (server != null) {
            server.close();
        }
        if ("postgres".equals(System.getenv("SANDAN_DB"))) {
            ThrowAwayDatabase.recreate(ADMIN_URL, ORIGINAL, false);
            ThrowAwayDatabase.recreate(ADMIN_URL, RESTORED, false);
        }
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseGivesTheSameSite() throws Exception {
        assumeTrue("postgres".equals(System.getenv("SANDAN_DB")), "PostgreSQL only (mvn verify -Ppostgres,cluster)");
        ThrowAwayDatabase.recreate(ADMIN_URL, ORIGINAL, true);
        server = StandaloneServer.prepare("backup-original", OFFSET, environment(ORIGINAL, "original"));
        server.start(Duration.ofMinutes(8));
        Http visitor = new Http(server.baseUrl());
        assertEquals(
                201,
                visitor.postJson("/api/inquiries", Requests.validInquiry(b -> {}))
                        .status());
        Site before = Site.seenThrough(server.baseUrl());
        assertTrue(before.posts().getJsonNumber("total").longValue() > 0, "the demo content is there");
        assertTrue(!before.found().isEmpty(), "the search finds demo posts");
        assertEquals(1, before.inquiries().getJsonNumber("total").longValue(), before.inquiries()::toString);
        server.close();

        Path dump = Path.of("target/servers/sandan.dump").toAbsolutePath();
        run("pg_dump", "-Fc", "-h", "127.0.0.1", "-U", "postgres", "-f", dump.toString(), ORIGINAL);
        ThrowAwayDatabase.recreate(ADMIN_URL, RESTORED, true);
        run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", RESTORED, "--no-owner", dump.toString());

        server = StandaloneServer.prepare("backup-restored", OFFSET, environment(RESTORED, "restored"));
        server.start(Duration.ofMinutes(8));
        Site after = Site.seenThrough(server.baseUrl());

        assertEquals(before.posts(), after.posts());
        assertEquals(before.inquiries(), after.inquiries());
        assertEquals(before.found(), after.found());
    }

    /** What the tests compare: the newest posts, the inquiries as staff see them, and a search's hits. */
    private record Site(JsonObject posts, JsonObject inquiries, List<String> found) {
        static Site seenThrough(String base) {
            Http http = new Http(base);
            JsonObject posts = Requests.json(http.get("/api/news?size=50").body());
            JsonObject inquiries = Requests.json(
                    http.get("/api/inquiries?size=50", "Authorization", Http.basic("admin", ADMIN_PASSWORD))
                            .body());
            List<String> found = http.get("/search?q=" + URLEncoder.encode("산업단지", StandardCharsets.UTF_8))
                    .html()
                    .select(".search-hit > a")
                    .eachAttr("href");
            return new Site(posts, inquiries, found);
        }
    }

    private static Map<String, String> environment(String database, String name) {
        return new HashMap<>(Map.of(
                "SANDAN_DB",
                "postgres",
                "SANDAN_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/" + database,
                "SANDAN_DB_USER",
                "postgres",
                "SANDAN_DB_PASSWORD",
                "postgres",
                "SANDAN_DATA_DIR",
                Path.of("target/servers/" + name + "-data").toAbsolutePath().toString(),
                "SANDAN_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "SANDAN_SMTP_PORT",
                Integer.toString(3025 + OFFSET)));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("backup-it", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), () -> String.join(" ", command) + " took too long");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": " + read(output));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
