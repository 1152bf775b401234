package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The site's chrome speaks English to those who ask for it; the news itself stays Korean. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void koreanByDefaultEnglishForBrowsersThatPreferIt() {
        Document korean = new Http().get("/").html();
        assertEquals("ko", korean.selectFirst("html").attr("lang"));
        assertTrue(korean.select(".site-nav").text().contains("전체 소식"));

        Http.Reply reply = new Http().get("/", "Accept-Language", "fr-FR, en;q=0.8, ko;q=0.5");
        Document english = reply.html();
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertTrue(
                english.select(".site-nav").text().contains("All news"),
                english.select(".site-nav").text());
        assertTrue(english.select(".site-footer").text().contains("Privacy policy"));
        assertEquals("en", reply.header("Content-Language").orElse(""));
        assertTrue(reply.header("Vary").orElse("").contains("Accept-Language"));
        assertFalse(english.select(".lead-story h3").text().isBlank(), "the news itself stays as written");

        assertEquals(
                "ko",
                new Http()
                        .get("/", "Accept-Language", "ja, ko;q=0.9")
                        .html()
                        .selectFirst("html")
                        .attr("lang"));
        assertEquals(
                "ko",
                new Http()
                        .get("/", "Accept-Language", "ja")
                        .html()
                        .selectFirst("html")
                        .attr("lang"),
                "neither language asked for: Korean");
    }

    @Test
    void theSwitchIsRememberedInACookieNotASession() {
        Http visitor = new Http();
        Document korean = visitor.get("/news?category=policy").html();
        String switchLink = korean.selectFirst("a.lang-switch").attr("href");
        assertTrue(switchLink.contains("category=policy") && switchLink.endsWith("lang=en"), switchLink);

        Http.Reply switched = visitor.get(switchLink);
        assertEquals("en", switched.html().selectFirst("html").attr("lang"));
        assertTrue(switched.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=en")));
        assertTrue(switched.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        assertEquals("en", visitor.get("/").html().selectFirst("html").attr("lang"), "remembered");
        assertEquals("ko", visitor.get("/?lang=ko").html().selectFirst("html").attr("lang"));
        assertEquals("ko", visitor.get("/").html().selectFirst("html").attr("lang"));
    }

    @Test
    void theConsultationFormAndItsConsentNoticeInEnglish() {
        Document form = new Http().get("/consult", "Accept-Language", "en").html();
        assertTrue(form.select("label[for='consult:name']").text().startsWith("Name"));
        assertTrue(form.select("[id='consult:topic'] option").eachText().contains("Restructuring and regeneration"));
        assertTrue(form.select(".consent-notice dt").eachText().contains("Retention period"));
        assertTrue(form.select(".consent-notice").text().contains("The Korean text is the binding notice"));
        assertFalse(form.select(".consent-notice dd").text().isBlank(), "the notice itself, as published");
    }
}
