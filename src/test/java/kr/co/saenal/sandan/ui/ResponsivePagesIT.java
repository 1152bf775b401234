package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    /**
     * The quick-contact bar: on a phone it sits at the bottom of the screen with three touch targets of at least 48 px
     * (전화, 카카오톡, 상담 신청), and scrolled to the end the page's last line is above it, never under it; the
     * consultation page, which is the form itself, has none; from 768 px on it is not shown.
     */
    @Test
    void theQuickContactBarServesPhonesWithoutCoveringThePage() {
        try (Browser browser = new Browser(base.toString(), 375, 812)) {
            for (String page : List.of("home", "article", "complex")) {
                browser.open(PAGES.get(page));
                browser.waitFor("footer");
                WebElement bar = browser.find(".quick-contact");
                assertTrue(bar.isDisplayed(), page);
                Map<?, ?> box = (Map<?, ?>) browser.script("""
                        var bar = document.querySelector('.quick-contact').getBoundingClientRect();
                        return {top: bar.top, bottom: bar.bottom, height: window.innerHeight,
                                pad: parseFloat(getComputedStyle(document.body).paddingBottom)};""");
                double top = ((Number) box.get("top")).doubleValue();
                assertEquals(
                        ((Number) box.get("height")).doubleValue(),
                        ((Number) box.get("bottom")).doubleValue(),
                        1.0,
                        page + ": at the bottom of the screen");
                assertTrue(
                        ((Number) box.get("pad")).doubleValue() >= ((Number) box.get("height")).doubleValue() - top,
                        page + ": the page keeps room for the bar");
                List<WebElement> links = bar.findElements(By.cssSelector("a"));
                assertEquals(3, links.size(), page);
                assertTrue(links.get(0).getAttribute("href").startsWith("tel:"), page);
                assertTrue(links.get(1).getAttribute("href").startsWith("https://open.kakao.com/"), page);
                assertTrue(links.get(2).getAttribute("href").endsWith("/consult"), page);
                for (WebElement link : links) {
                    assertTrue(
                            link.getSize().getHeight() >= 48 && link.getSize().getWidth() >= 48,
                            () -> page + ": touch target " + link.getText() + " " + link.getSize());
                }
                Object lastLineBottom = browser.script("""
                        window.scrollTo(0, document.documentElement.scrollHeight);
                        return document.querySelector('.copyright').getBoundingClientRect().bottom;""");
                Object barTop =
                        browser.script("return document.querySelector('.quick-contact').getBoundingClientRect().top;");
                assertTrue(
                        ((Number) lastLineBottom).doubleValue() <= ((Number) barTop).doubleValue(),
                        () -> page + ": the last line (" + lastLineBottom + ") is above the bar (" + barTop + ")");
                browser.screenshot("quick-contact-" + page + "-375");
            }
            browser.open("/consult");
            browser.waitFor("footer");
            assertTrue(browser.all(".quick-contact").isEmpty(), "no bar over the consultation form");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
        for (int width : new int[] {768, 1366}) {
            try (Browser browser = new Browser(base.toString(), width, 900)) {
                browser.open("/");
                browser.waitFor("footer");
                List<WebElement> bar = browser.all(".quick-contact");
                assertEquals(1, bar.size(), "in the page, for phones");
                assertFalse(bar.get(0).isDisplayed(), () -> "hidden at " + width + " px");
                assertEquals(
                        0.0,
                        ((Number) browser.script("return parseFloat(getComputedStyle(document.body).paddingBottom);"))
                                .doubleValue(),
                        () -> "no room kept at " + width + " px");
            }
        }
    }
}
