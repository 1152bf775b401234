package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readers are counted, not requests: fetching the article (a crawler, monitoring, a load tool: no cookies, no
 * script) counts nothing, a known bot reporting a reading counts nothing, and a person's page reports the reading
 * once a day. The browser's side of it is {@code ui.ReadingJourneyIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingCountIT {

    private static final AtomicInteger POSTS = new AtomicInteger();
    private static final String BROWSER =
            "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
                    + " Mobile Safari/537.36";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categories;

    @Inject
    NewsService news;

    private long postId;
    private String path;

    @BeforeEach
    void publishAnArticle() {
        TestArticle article = TestArticle.publish(
                newsroom, categories, "조회수 시험 기사 " + POSTS.incrementAndGet(), "<p>요청이 아니라 독자를 셉니다.</p>");
        postId = article.id();
        path = article.path();
    }

    @AfterEach
    void removeIt() {
        new TestArticle(postId, path).remove(newsroom);
    }

    @Test
    void fetchingTheArticleWithoutCookiesOrScriptCountsNothing() {
        for (int i = 0; i < 5; i++) {
            Http crawler = new Http();
            assertEquals(200, crawler.get(path, "User-Agent", BROWSER).status());
            assertTrue(crawler.cookie(ReadArticles.COOKIE).isEmpty(), "serving the page sets no cookie");
        }
        assertEquals(0, views());
    }

    @Test
    void aPersonsPageReportsTheReadingOnceADay() {
        Http person = new Http();
        String token = tokenOf(person);

        Http.Reply first = report(person, BROWSER, token, "Sec-Fetch-Site", "same-origin");
        assertEquals(200, first.status(), first::toString);
        assertEquals("{\"views\":1,\"counted\":true}", first.body());
        assertEquals("no-store", first.header("Cache-Control").orElseThrow());
        String cookie = first.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(ReadArticles.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertEquals(1, views());

        Http.Reply again = report(person, BROWSER, tokenOf(person), "Sec-Fetch-Site", "same-origin");
        assertEquals("{\"views\":1,\"counted\":false}", again.body(), "the same reader the same day");
        assertEquals(1, views());

        Http.Reply other = report(new Http(), BROWSER, token, "Origin", Http.BASE);
        assertEquals("{\"views\":2,\"counted\":true}", other.body(), "another reader (an older browser: Origin)");
        assertEquals(2, views());
    }

    @Test
    void aKnownBotIsNotCounted() {
        Http bot = new Http();
        for (String agent : new String[] {
            "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        }) {
            Http.Reply reported = report(bot, agent, tokenOf(bot), "Sec-Fetch-Site", "same-origin");
            assertEquals("{\"views\":0,\"counted\":false}", reported.body(), agent);
        }
        assertEquals(0, views());
    }

    @Test
    void reportsNotSentByOurPageAreRefused() {
        Http tool = new Http();
        String token = tokenOf(tool);

        assertEquals(400, report(tool, BROWSER, token).status(), "no Sec-Fetch-Site, no Origin: not a page's script");
        assertEquals(
                400,
                report(tool, BROWSER, token, "Sec-Fetch-Site", "cross-site").status(),
                "another site");
        assertEquals(
                400,
                report(tool, BROWSER, token, "Origin", "https://elsewhere.example")
                        .status(),
                "another site");
        assertEquals(
                400,
                report(tool, BROWSER, "1.forged", "Sec-Fetch-Site", "same-origin")
                        .status(),
                "no token of ours");
        Http.Reply get = tool.get(ReadingServlet.PATH + "?id=" + postId + "&token=" + token);
        assertEquals(405, get.status(), "only the page's POST");
        assertEquals(0, views());
    }

    private long views() {
        return news.views(postId).orElseThrow();
    }

    /** The reading token of the page as this client is served it. */
    private String tokenOf(Http client) {
        return client.get(path, "User-Agent", BROWSER)
                .html()
                .selectFirst("article[data-reading-token]")
                .attr("data-reading-token");
    }

    private Http.Reply report(Http client, String userAgent, String token, String... headers) {
        List<String> namesAndValues = new java.util.ArrayList<>(
                List.of("Content-Type", "application/x-www-form-urlencoded", "User-Agent", userAgent));
        namesAndValues.addAll(List.of(headers));
        return client.sendWithHeaders(
                "POST",
                ReadingServlet.PATH,
                Http.formEncoded(Map.of("id", Long.toString(postId), "token", token)),
                namesAndValues);
    }
}
