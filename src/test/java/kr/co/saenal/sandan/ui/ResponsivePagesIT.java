package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public pages on a phone (360×800) and a laptop (1366×900): nothing wider than the screen, no script
 * errors, and a screenshot of each kept in {@code target/screenshots} for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponsivePagesIT {

    /** Page name → path; the article is reached through its short URL, which redirects to the canonical one. */
    private static final Map<String, String> PAGES = Map.of(
            "home", "/",
            "news", "/news",
            "article", "/news/1",
            "search", "/search?q=" + java.net.URLEncoder.encode("구조고도화", java.nio.charset.StandardCharsets.UTF_8),
            "consult", "/consult",
            "complexes", "/complexes",
            "complexes-filtered",
                    "/complexes?type=national&sort=area&q="
                            + java.net.URLEncoder.encode("남동", java.nio.charset.StandardCharsets.UTF_8),
            "region", "/complexes/regions/gyeonggi",
            "complex", "/complexes/1",
            "consult-complex", "/consult?complex=1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"360, 800", "375, 812", "1366, 900"})
    void everyPublicPageFitsTheScreen(int width, int height) {
        try (Browser browser = new Browser(base.toString(), width, height)) {
            for (String page : List.of(
                    "home",
                    "news",
                    "article",
                    "search",
                    "consult",
                    "complexes",
                    "complexes-filtered",
                    "region",
                    "complex",
                    "consult-complex")) {
                browser.open(PAGES.get(page));
                browser.waitFor("footer");
                Object overflow = browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                browser.screenshot(page + "-" + width);
                if (page.startsWith("complexes") || page.equals("region")) {
                    browser.screenshotWholePage(page + "-" + width + "-whole");
                }
                assertEquals(0L, overflow, () -> page + " at " + width + " px is wider than the screen");
                List<String> widest = browser.widerThanScreen();
                assertTrue(widest.isEmpty(), () -> page + " at " + width + " px: " + widest);
            }
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }
}
