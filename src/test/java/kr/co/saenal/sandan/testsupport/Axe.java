package kr.co.saenal.sandan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An accessibility audit of the page a {@link Browser} shows, by axe-core against WCAG 2.1 A and AA. The script is
 * the {@code axe.min.js} bundled in Deque's jar from Maven Central, put into the page through WebDriver (which the
 * page's Content Security Policy does not govern); nothing is fetched at test time.
 */
public final class Axe {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** What stops a person from using the page; "moderate" and "minor" are reported but not failed on. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SOURCE = source();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || 'minor', help: v.help,
                          nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + n.html; })};
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });""";

    /** One rule the page breaks, with the elements that break it (selector and opening tag). */
    public record Violation(String rule, String impact, String help, List<String> nodes) {

        public boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + String.join(" | ", nodes);
        }
    }

    private Axe() {}

    /** Audits the page as it is now (open dialogs and error messages included). */
    @SuppressWarnings("unchecked")
    public static List<Violation> audit(Browser browser) {
        var driver = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(SOURCE);
        }
        Object result = driver.executeAsyncScript(RUN, TAGS);
        if (!(result instanceof List<?> found)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return found.stream()
                .map(v -> (Map<String, Object>) v)
                .map(v -> new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        ((List<Object>) v.get("nodes"))
                                .stream()
                                        .map(String::valueOf)
                                        .map(node -> node.length() > 300 ? node.substring(0, 300) + "…" : node)
                                        .toList()))
                .toList();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
