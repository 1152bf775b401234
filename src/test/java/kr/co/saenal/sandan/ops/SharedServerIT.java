package kr.co.saenal.sandan.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.ThrowAwayDatabase;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sandan installed on a shared WildFly, as docs/deploying.md tells IT to: a pristine WildFly 39 already serving
 * another application gets the database password in a credential store, {@code wildfly-config/install.sh} (driver
 * module, scripts, reload) while it runs, then Sandan's WAR. Sandan must work, and the other application and the
 * server's own resources must be as they were. Runs in the {@code cluster} profile ({@code mvn verify
 * -Ppostgres,cluster}, the last leg of {@code .ci/run}), on a PostgreSQL database of its own.
 */
class SharedServerIT {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DATABASE = "sandan_shared_it";
    private static final String ADMIN_PASSWORD = "shared-Admin-2026!";
    private static final int OFFSET = Integer.getInteger("it.port.offset", 0) + 50;
    private static final Path WAR =
            Path.of(System.getProperty("sandan.war", "target/sandan.war")).toAbsolutePath();
    private static final Path DIR = WAR.resolveSibling("shared-server-it");
    private static final String OTHER_PAGE = "Another application of the company";
    private static final List<String> SANDAN_HEADERS = List.of(
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Content-Encoding");

    private static PristineWildFly server;
    private static Http.Reply otherBefore;

    @BeforeAll
    static void installSandanBesideAnotherApplication() throws Exception {
        ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, true);
        server = PristineWildFly.unpack(
                Path.of(System.getProperty("sandan.wildfly.dist")), DIR.resolve("wildfly"), OFFSET);
        // The server's environment as IT would set it; the password is not in it, only in the credential store.
        server.start(
                Map.of(
                        "SANDAN_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                        "SANDAN_DB_USER",
                        "postgres",
                        "SANDAN_ADMIN_PASSWORD",
                        ADMIN_PASSWORD,
                        "SANDAN_DATA_DIR",
                        DIR.resolve("data").toString(),
                        "SANDAN_SMTP_PORT",
                        Integer.toString(3025 + OFFSET)),
                List.of("SANDAN_DB_PASSWORD", "SANDAN_DB", "SANDAN_TRUSTED_PROXIES", "SANDAN_ATTACHMENT_MAX_BYTES"),
                Duration.ofMinutes(5));

        Path other = DIR.resolve("other.war");
        ShrinkWrap.create(WebArchive.class, "other.war")
                .add(
                        new StringAsset("<!DOCTYPE html><html><body><p>" + OTHER_PAGE + "</p>"
                                + "<p>" + "Some text that a server-wide gzip filter would compress. ".repeat(20)
                                + "</p></body></html>"),
                        "index.html")
                .as(ZipExporter.class)
                .exportTo(other.toFile(), true);
        server.cli("--command=deploy " + other);
        otherBefore = otherPage();
        assertEquals(200, otherBefore.status(), otherBefore::toString);

        // docs/deploying.md, "Deploying to an existing WildFly 39", step by step
        server.cli(
                "--resolve-parameter-values",
                "-Dsandan.db.password=postgres",
                "--file=wildfly-config/credential-store.cli");
        server.run(
                Map.of(
                        "SANDAN_JDBC_DRIVER",
                        WAR.resolveSibling("postgresql.jar").toString()),
                "wildfly-config/install.sh",
                "--controller=" + server.controller());
        server.cli("--command=deploy --force " + WAR);
        server.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            ThrowAwayDatabase.recreate(ADMIN_URL, DATABASE, false);
        }
    }

    @Test
    void bothApplicationsAnswer() {
        Http.Reply home = new Http(server.baseUrl()).get("/");
        assertEquals(200, home.status(), home::toString);
        assertTrue(home.body().contains("/consult"), "Sandan's home page");
        Http.Reply other = otherPage();
        assertEquals(200, other.status(), other::toString);
        assertEquals(otherBefore.body(), other.body());
    }

    @Test
    void theOtherApplicationsAnswersCarryNoneOfSandansHeaders() {
        Http.Reply other = otherPage();
        for (String header : SANDAN_HEADERS) {
            assertTrue(other.header(header).isEmpty(), () -> header + " on the other application: " + other);
        }
        assertEquals(otherBefore.header("Content-Type"), other.header("Content-Type"));
        // what Sandan's own answers do carry, from its deployment alone
        Http.Reply sandan = new Http(server.baseUrl()).get("/", "Accept-Encoding", "gzip");
        assertEquals("gzip", sandan.header("Content-Encoding").orElse(""), sandan::toString);
        assertEquals("DENY", sandan.header("X-Frame-Options").orElse(""), sandan::toString);
    }

    @Test
    void theServersOwnResourcesAreLeftAsTheyWere() throws Exception {
        assertTrue(
                outcome(server.cli("--command=/subsystem=datasources/data-source=ExampleDS:read-resource")),
                "ExampleDS exists");
        assertTrue(
                server.cli("--command=/subsystem=ee/service=default-bindings:read-attribute(name=datasource)")
                        .contains("java:jboss/datasources/ExampleDS"),
                "the default datasource binding");
        assertTrue(
                outcome(
                        server.cli(
                                "--command=/subsystem=undertow/server=default-server/host=default-host/location=\\/:read-resource")),
                "the welcome content's location");
        assertFalse(
                server.cli(
                                "--command=/subsystem=undertow/application-security-domain=other:read-attribute(name=integrated-jaspi)")
                        .contains("false"),
                "the default application security domain");
        assertFalse(
                server.cli(
                                "--command=/subsystem=undertow/server=default-server/http-listener=default:read-attribute(name=max-post-size)")
                        .contains("67108864"),
                "the listener's request size limit");
    }

    @Test
    void staffLogInWithThePasswordFromTheCredentialStore() throws Exception {
        assertTrue(
                server.cli(
                                "--command=/subsystem=datasources/data-source=SandanDS:read-attribute(name=credential-reference)")
                        .contains("sandan.db.password"),
                "the datasource's password is the store's");
        Http staff = new Http(server.baseUrl());
        Http.Reply login = Staff.logIn(staff, Staff.ADMIN, ADMIN_PASSWORD);
        assertEquals(302, login.status(), login::toString);
        Http.Reply backOffice = staff.get("/admin/");
        assertEquals(200, backOffice.status(), backOffice::toString);
        assertTrue(backOffice.body().contains("/logout"), "logged in");
        assertTrue(Files.exists(server.home().resolve("standalone/configuration/sandan.cs")), "the store's file");
    }

    private static Http.Reply otherPage() {
        return new Http(server.baseUrl()).get("/other/", "Accept-Encoding", "gzip");
    }

    private static boolean outcome(String cliOutput) {
        return cliOutput.contains("\"outcome\" => \"success\"");
    }
}
