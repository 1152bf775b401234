package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Readings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Data written before a restart of the server is there after it, and demo content is not loaded a second time. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    ManagementClient management;

    private final Http visitor = new Http();

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        JsonObject before = json(visitor.get("/api/news?size=1").body());
        JsonObject newest = before.getJsonArray("items").getJsonObject(0);
        String path = newest.getString("path");
        long views = Readings.views(Readings.read(visitor, path));

        management.getControllerClient().execute(Operations.createOperation("reload"));
        awaitRestart();

        JsonObject after = json(visitor.get("/api/news?size=1").body());
        assertEquals(
                before.getJsonNumber("total").longValue(),
                after.getJsonNumber("total").longValue(),
                "demo content was not loaded again");
        long viewsAfter = Readings.views(Readings.read(new Http(), path));
        assertEquals(views + 1, viewsAfter, "the view counted before the restart was kept (and a new reader counted)");
    }

    private void awaitRestart() throws InterruptedException {
        Thread.sleep(2_000);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (visitor.get("/api/news?size=1").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        assertTrue(false, "the server did not come back within two minutes");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
