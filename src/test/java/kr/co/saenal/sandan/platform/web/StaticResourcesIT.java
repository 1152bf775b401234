package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The site's style sheet and scripts are linked by content version and kept by browsers for a year. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaticResourcesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http browser = new Http();

    @Test
    void theStyleSheetIsLinkedByItsContentVersionAndKeptForAYear() {
        Element stylesheet = browser.get("/").html().selectFirst("link[rel=stylesheet][href*=site.css]");
        String href = stylesheet.attr("href");
        assertTrue(href.matches(".*[?&]v=[0-9a-f]{12}$"), href);

        Http.Reply css = browser.get(href);
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertEquals(
                VersionedResourceCaching.IMMUTABLE, css.header("Cache-Control").orElse(""));
        assertFalse(css.header("Expires").isPresent(), "Cache-Control alone says how long");
        assertEquals(
                href,
                browser.get("/")
                        .html()
                        .selectFirst("link[rel=stylesheet][href*=site.css]")
                        .attr("href"),
                "the same version while the file is the same");
    }

    @Test
    void anotherVersionThanThisServersIsNotKept() {
        Http.Reply css = browser.get("/jakarta.faces.resource/sandan/css/site.css.xhtml?v=000000000000");
        assertEquals(200, css.status());
        assertEquals("no-cache", css.header("Cache-Control").orElse(""));
    }

    @Test
    void scriptsOfTheSiteAreVersionedToo() {
        String path = browser.get("/consult")
                .html()
                .selectFirst("script[src*=sandan/js/counter.js]")
                .attr("src");
        assertTrue(path.matches(".*[?&]v=[0-9a-f]{12}$"), path);
        assertEquals(
                VersionedResourceCaching.IMMUTABLE,
                browser.get(path).header("Cache-Control").orElse(""));
    }
}
