package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a visitor sees, over HTTP against the deployed WAR with its demo content. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    private static final String INCHEON = "인천 산업단지 대개조 첫해";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http visitor = new Http();

    @Test
    void theHomePageLeadsWithTheLatestNewsAndTheWayToAConsultation() {
        Http.Reply reply = visitor.get("/");

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/html"));
        Document home = reply.html();
        assertEquals("ko", home.selectFirst("html").attr("lang"));
        assertTrue(home.selectFirst(".lead-story").text().contains(newest().getString("title")), home.text());
        assertTrue(home.select(".news-card").size() >= 5);
        assertEquals(
                List.of("산단 소식", "개발·조성", "관리·운영", "정책·공모사업"),
                home.select(".category-list a span:first-child").eachText());
        assertCsCenter(home);
        assertNotNull(home.selectFirst("footer a[href=/privacy]"), "the footer links the privacy policy");
    }

    @Test
    void theNewsListFiltersByCategory() {
        Document all = visitor.get("/news").html();
        assertTrue(all.select(".news-row").size() >= 7);

        Document policy = visitor.get("/news?category=policy").html();
        assertEquals("정책·공모사업", policy.selectFirst("h1").text());
        assertFalse(policy.select(".news-row").isEmpty());
        policy.select(".news-row .news-card-category").forEach(c -> assertEquals("정책·공모사업", c.text()));
        assertTrue(policy.select(".news-row").size() < all.select(".news-row").size());
    }

    @Test
    void theListOfAllNewsIsHeadedInTheReadersLanguage() {
        assertEquals("전체 소식", visitor.get("/news").html().selectFirst("h1").text());
        assertEquals(
                "All news",
                new Http()
                        .get("/news", "Accept-Language", "en")
                        .html()
                        .selectFirst("h1")
                        .text());
        assertEquals(
                "정책·공모사업",
                new Http()
                        .get("/news?category=policy&lang=en")
                        .html()
                        .selectFirst("h1")
                        .text(),
                "a category's name is content: as written");
    }

    @Test
    void unknownCategoriesAndPagesAreNotFound() {
        assertEquals(404, visitor.get("/news?category=nope").status());
        assertEquals(404, visitor.get("/news?page=999").status());
        assertEquals(404, visitor.get("/news?page=abc").status());
    }

    @Test
    void anArticleHasItsPictureCaptionNeighboursAndTheCsCenter() {
        JsonObject summary = incheonArticle();
        long id = summary.getJsonNumber("id").longValue();

        Http.Reply shortLink = visitor.get("/news/" + id);
        assertEquals(301, shortLink.status(), "the short address redirects to the canonical one");
        String canonical = shortLink.header("Location").orElseThrow();
        assertTrue(canonical.endsWith(summary.getString("path")), canonical);

        Http.Reply reply = visitor.get(summary.getString("path"));
        assertEquals(200, reply.status(), reply::toString);
        Document article = reply.html();
        assertEquals(summary.getString("title"), article.selectFirst("h1").text());
        Element figure = article.selectFirst("figure.article-cover");
        assertFalse(figure.selectFirst("img").attr("alt").isBlank(), "the picture has alt text");
        assertFalse(figure.selectFirst("figcaption").text().isBlank(), "the picture has a caption");
        assertTrue(article.select(".article-body h2").size() >= 2);
        org.jsoup.select.Elements photos = article.select(".article-body figure");
        assertEquals(4, photos.size(), "the demo article has four photos between its paragraphs, as the seed's");
        for (Element photo : photos) {
            Element img = photo.selectFirst("a.figure-open > img");
            assertNotNull(img, "each photo opens large through a plain link");
            String imageId = img.attr("src").replaceAll("^/media/(\\d+).*$", "$1");
            assertEquals("/media/" + imageId, photo.selectFirst("a.figure-open").attr("href"));
            assertEquals("/media/" + imageId + "?w=480 480w, /media/" + imageId + "?w=960 960w", img.attr("srcset"));
            assertFalse(img.attr("alt").isBlank());
            assertEquals("lazy", img.attr("loading"));
            assertFalse(
                    img.attr("width").isBlank() || img.attr("height").isBlank(), "its size is known before it loads");
            assertFalse(photo.selectFirst("figcaption").text().isBlank(), "with its caption under it");
        }
        assertNotNull(article.selectFirst(".article-nav a[rel=prev]"), "the article links to the one before");
        assertCsCenter(article);
        Element consent = article.getElementById("quick:privacyConsent");
        assertNotNull(consent, "the short consultation form is below the article");
        assertFalse(consent.hasAttr("checked"));
        assertNotNull(article.getElementById("quick-consent-notice"));
    }

    @Test
    void anUnknownArticleGetsTheSitesOwn404Page() {
        for (String path :
                new String[] {"/news/999999", "/news/999999/some-slug", "/news/not-a-number", "/no-such-page"}) {
            Http.Reply reply = visitor.get(path);
            assertEquals(404, reply.status(), path);
            Document page = reply.html();
            assertTrue(page.text().contains("찾으시는 페이지가 없습니다"), path + ": " + page.text());
            assertNotNull(page.selectFirst("header.site-header"), "styled like the rest of the site");
            Http.assertNoInternals(reply);
        }
    }

    @Test
    void thePrivacyPolicyShowsTheConsentNoticeAndWhomToAsk() {
        Document page = visitor.get("/privacy").html();
        assertEquals("개인정보처리방침", page.selectFirst("h1").text());
        assertTrue(page.getElementById("privacy-consent-notice").text().contains("보유·이용 기간"));
        assertTrue(page.text().contains("개인정보 보호책임자"));
        assertTrue(
                page.getElementById("comments") != null && page.text().contains("IP 주소"),
                "what commenting stores is said too");
        assertTrue(
                page.text().contains("sandan_read") && page.text().contains("lang"), "and which cookies the site sets");
    }

    @Test
    void imagesAreServedWithTheirTypeAndCacheValidators() {
        String src = visitor.get(incheonArticle().getString("path"))
                .html()
                .selectFirst("figure.article-cover img")
                .attr("src");
        Http.Reply image = visitor.get(src);
        assertEquals(200, image.status());
        assertEquals("image/png", image.contentType());
        String etag = image.header("ETag").orElseThrow();
        assertTrue(image.header("Cache-Control").orElseThrow().contains("max-age"));
        assertEquals(304, visitor.get(src, "If-None-Match", etag).status());
        assertEquals(404, visitor.get("/media/999999").status());
    }

    private void assertCsCenter(Document page) {
        Element cs = page.selectFirst(".cs-center");
        assertNotNull(cs, "CS Center block");
        assertEquals(
                "tel:031-613-3060".replace("-", ""),
                cs.selectFirst("a.cs-phone").attr("href").replace("-", ""));
        assertTrue(cs.selectFirst("a.btn-kakao").attr("href").startsWith("https://open.kakao.com/"));
    }

    /** The demo article about Incheon's 산업단지 대개조: it has a cover picture and older articles before it. */
    private JsonObject incheonArticle() {
        return Json.createReader(
                        new StringReader(visitor.get("/api/news?size=50").body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("title").startsWith(INCHEON))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readingTheSiteCreatesNoSessionOnlyTheConsultationFormKeepsOne() {
        for (String path :
                new String[] {"/", "/news", "/news?category=policy", "/news/1/x", "/privacy", "/no-such-page"}) {
            Http reader = new Http();
            Http.Reply reply = reader.get(path);
            if (reply.status() == 301) {
                reply = reader.get(reply.header("Location").orElseThrow());
            }
            assertTrue(
                    reply.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set " + reply.headers("Set-Cookie"));
        }
        assertTrue(
                new Http().get("/consult").headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "the consultation form keeps its view state (CSRF protection) in a session");
    }

    @Test
    void textIsSentCompressedToBrowsersThatAcceptIt() {
        for (String path : new String[] {"/", "/jakarta.faces.resource/sandan/css/site.css.xhtml", "/api/news"}) {
            Http.Reply reply = new Http().get(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", reply.header("Content-Encoding").orElse(""), path);
        }
        assertTrue(
                new Http()
                        .get("/media/1", "Accept-Encoding", "gzip")
                        .header("Content-Encoding")
                        .isEmpty(),
                "images are compressed already");
    }

    private JsonObject newest() {
        return Json.createReader(
                        new StringReader(visitor.get("/api/news?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0);
    }
}
