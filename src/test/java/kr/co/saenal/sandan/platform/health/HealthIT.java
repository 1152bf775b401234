package kr.co.saenal.sandan.platform.health;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Management;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health IT's monitoring reads on the management interface, as WildFly serves it (MicroProfile Health): Sandan's
 * readiness and liveness checks by name, beside WildFly's own. The DOWN side of the database check is
 * {@code ops.DatabaseOutageIT}'s.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Management management = new Management();

    @Test
    void readinessHasEveryCheckOfSandanUp() {
        Management.Health ready = management.health("/health/ready");

        // The server's own "server-state" says reload-required once a test has changed its configuration
        // (SettingsCheckIT adds a config source); every other check, Sandan's first, must be UP.
        List<String> down = ready.body().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> !"UP".equals(c.getString("status")))
                .map(c -> c.getString("name"))
                .filter(name -> !name.equals("server-state"))
                .toList();
        assertEquals(List.of(), down, ready::toString);
        for (String name :
                List.of("sandan-database", "sandan-migrations", "sandan-search-index", "sandan-mail-outbox")) {
            JsonObject check = ready.check(name).orElseThrow(() -> new AssertionError(name + " missing: " + ready));
            assertEquals("UP", check.getString("status"), check::toString);
        }
        JsonObject outbox = ready.check("sandan-mail-outbox").orElseThrow();
        JsonObject migrations = ready.check("sandan-migrations").orElseThrow();
        JsonObject index = ready.check("sandan-search-index").orElseThrow();
        assertAll(
                () -> assertEquals(0, outbox.getJsonObject("data").getInt("overdue"), outbox::toString),
                () -> assertTrue(outbox.getJsonObject("data").containsKey("pending"), outbox::toString),
                () -> assertEquals(
                        migrations.getJsonObject("data").getString("expected"),
                        migrations.getJsonObject("data").getString("version")),
                () -> assertTrue(index.getJsonObject("data").getBoolean("built"), index::toString),
                () -> assertTrue(
                        index.getJsonObject("data")
                                        .getJsonNumber("indexedPosts")
                                        .longValue()
                                >= 0,
                        index::toString));
    }

    @Test
    void livenessHasSandanUp() {
        Management.Health live = management.health("/health/live");

        assertEquals(200, live.status(), live::toString);
        JsonObject sandan = live.check("sandan").orElseThrow(() -> new AssertionError("sandan missing: " + live));
        assertEquals("UP", sandan.getString("status"), sandan::toString);
        assertEquals(0, sandan.getJsonObject("data").getInt("deadlockedThreads"));
    }

    @Test
    void theWholeHealthHasBothKinds() {
        Management.Health all = management.health("/health");

        assertTrue(all.check("sandan").isPresent(), all::toString);
        assertTrue(all.check("sandan-database").isPresent(), all::toString);
    }
}
