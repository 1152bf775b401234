package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person reading an article in a real browser is counted once: the page (served from the page cache) reports the
 * reading with its script and shows the count it is answered; reading it again the same day changes nothing, while
 * the same page fetched without a browser (no script) never counted at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aReaderIsCountedOnceHoweverOftenTheyOpenTheArticle() {
        Http api = new Http();
        JsonObject newest = Json.createReader(
                        new StringReader(api.get("/api/news?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0);
        long id = newest.getJsonNumber("id").longValue();
        String path = newest.getString("path");
        for (int i = 0; i < 3; i++) {
            api.get(path); // as a crawler or a load tool would
        }
        long before = views(api, id);

        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open(path);
            browser.waitFor("article[data-reading=counted]");
            assertEquals(
                    Long.toString(before + 1),
                    browser.find("article .view-count").getText());
            assertEquals(before + 1, views(api, id));

            browser.open(path);
            browser.waitFor("article[data-reading=known]");
            assertEquals(
                    Long.toString(before + 1),
                    browser.find("article .view-count").getText());
            browser.driver().navigate().refresh();
            browser.waitFor("article[data-reading=known]");
            assertEquals(before + 1, views(api, id), "once per reader and day");
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".view-count")).size() >= 1);

            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    private static long views(Http api, long id) {
        return Json.createReader(new StringReader(api.get("/api/news/" + id).body()))
                .readObject()
                .getJsonNumber("viewCount")
                .longValue();
    }
}
