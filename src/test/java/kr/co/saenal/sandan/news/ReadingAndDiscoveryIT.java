package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.NodeList;

/**
 * Feeds, the sitemap, robots.txt, what an article page tells search engines and messengers, and the reading
 * extras (related posts, sharing, views counted once a day, no session). Runs inside the server so that it can add
 * a category of its own with published posts, a draft and a scheduled post; everything else is checked over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingAndDiscoveryIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String CATEGORY = "reading-test";
    private static final String HOSTILE_TITLE = "</script><script>alert(1)</script> 산단 \"따옴표\" & 기호";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private final Http visitor = new Http();
    /** Published in this test's category, oldest first. */
    private final List<NewsPost> published = new ArrayList<>();

    private NewsPost draft;
    private NewsPost scheduled;
    private NewsPost hostile;

    @BeforeEach
    void addPostsOfOurOwn() throws Exception {
        transaction.begin();
        Category category = new Category(CATEGORY, "읽기 시험", 98);
        news.add(category);
        Instant longAgo = Instant.parse("2003-05-01T01:00:00Z");
        for (int i = 1; i <= 4; i++) {
            NewsPost post = new NewsPost(
                    "읽기 시험 기사 " + i + "번",
                    "읽기 시험 요약 " + i,
                    "<p>본문 " + i + " <a href=\"/consult\">상담</a></p>",
                    category,
                    "편집팀",
                    longAgo);
            post.publish(longAgo.plus(Duration.ofDays(i)));
            news.add(post);
            published.add(post);
        }
        hostile = new NewsPost(HOSTILE_TITLE, "제목에 스크립트가 든 글", "<p>본문</p>", category, "편집팀", longAgo);
        hostile.publish(longAgo);
        news.add(hostile);
        draft = new NewsPost("읽기 시험 초안", "요약", "<p>본문</p>", category, "편집팀", Instant.now());
        news.add(draft);
        scheduled = new NewsPost("읽기 시험 예약 기사", "요약", "<p>본문</p>", category, "편집팀", Instant.now());
        scheduled.publish(Instant.now().plus(Duration.ofDays(2)));
        news.add(scheduled);
        transaction.commit();
    }

    @AfterEach
    void removeThem() throws Exception {
        transaction.begin();
        List<NewsPost> all = new ArrayList<>(published);
        all.addAll(List.of(hostile, draft, scheduled));
        all.forEach(p -> news.remove(p.getId()));
        em.flush();
        em.remove(categories.bySlug(CATEGORY).orElseThrow());
        transaction.commit();
    }

    @Test
    void theFeedIsAtomWithTheNewestPublishedPostsOnly() throws Exception {
        Http.Reply reply = visitor.get("/feed.xml");
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/atom+xml"), reply.contentType());
        assertTrue(reply.contentType().toLowerCase().contains("charset=utf-8"), reply.contentType());
        org.w3c.dom.Document feed = xml(reply);
        assertAtom(feed);
        List<org.w3c.dom.Element> entries = children(feed.getDocumentElement(), ATOM, "entry");
        assertTrue(entries.size() <= 20, "at most 20 entries");
        JsonObject newest = Json.createReader(
                        new StringReader(visitor.get("/api/news?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(newest.getString("title"), text(entries.get(0), "title"), "newest first");
        assertEquals(Http.BASE + newest.getString("path"), alternate(entries.get(0)));
        assertFalse(reply.body().contains(draft.getTitle()), "no drafts");
        assertFalse(reply.body().contains(scheduled.getTitle()), "nothing scheduled for later");
    }

    @Test
    void aCategoryHasItsOwnFeedLinkedFromItsPages() throws Exception {
        Http.Reply reply = visitor.get("/feed.xml?category=" + CATEGORY);
        assertEquals(200, reply.status());
        org.w3c.dom.Document feed = xml(reply);
        assertAtom(feed);
        List<String> titles = children(feed.getDocumentElement(), ATOM, "entry").stream()
                .map(e -> text(e, "title"))
                .toList();
        assertEquals(
                List.of("읽기 시험 기사 4번", "읽기 시험 기사 3번", "읽기 시험 기사 2번", "읽기 시험 기사 1번", HOSTILE_TITLE),
                titles,
                "only this category's published posts, newest first");
        org.w3c.dom.Element first =
                children(feed.getDocumentElement(), ATOM, "entry").get(0);
        String content = text(first, "content");
        assertTrue(content.contains("href=\"" + Http.BASE + "/consult\""), "links in bodies are absolute: " + content);
        assertEquals(404, visitor.get("/feed.xml?category=no-such-category").status());

        Document list = visitor.get("/news?category=" + CATEGORY).html();
        assertNotNull(
                list.selectFirst("link[rel=alternate][type=application/atom+xml][href=" + Http.BASE + "/feed.xml]"));
        assertNotNull(
                list.selectFirst("link[rel=alternate][type=application/atom+xml][href=" + Http.BASE
                        + "/feed.xml?category=" + CATEGORY + "]"),
                list.head().html());
        assertEquals(
                Http.BASE + "/news?category=" + CATEGORY,
                list.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void aFeedTheReaderAlreadyHasIsNotSentAgain() {
        Http.Reply first = visitor.get("/feed.xml");
        String etag = first.header("ETag").orElseThrow();
        String lastModified = first.header("Last-Modified").orElseThrow();

        Http.Reply byTag = visitor.get("/feed.xml", "If-None-Match", etag);
        assertEquals(304, byTag.status());
        assertEquals(0, byTag.bytes().length);
        assertEquals(etag, byTag.header("ETag").orElseThrow());
        assertEquals(
                304, visitor.get("/feed.xml", "If-Modified-Since", lastModified).status());
        assertEquals(
                200,
                visitor.get("/feed.xml", "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")
                        .status());
        assertEquals(
                200,
                visitor.get("/feed.xml", "If-None-Match", "\"something-else\"").status());
        assertEquals(
                200,
                visitor.get("/feed.xml?category=" + CATEGORY, "If-None-Match", etag)
                        .status(),
                "another feed has another tag");
    }

    @Test
    void theFeedsTitleAndTheHomeCrumbFollowTheReadersLanguageThePostsStayAsWritten() throws Exception {
        Http.Reply korean = visitor.get("/feed.xml?category=" + CATEGORY);
        Http.Reply english = visitor.get("/feed.xml?category=" + CATEGORY, "Accept-Language", "en");
        org.w3c.dom.Element koreanFeed = xml(korean).getDocumentElement();
        org.w3c.dom.Element englishFeed = xml(english).getDocumentElement();
        String company = text(children(koreanFeed, ATOM, "author").get(0), "name");
        assertEquals("산단정보 · " + company + " · 읽기 시험", text(koreanFeed, "title"));
        assertEquals("Sandan · " + company + " · 읽기 시험", text(englishFeed, "title"));
        assertEquals(entryTitles(koreanFeed), entryTitles(englishFeed), "the posts as written");
        assertTrue(String.join(",", english.headers("Vary")).contains("Accept-Language"), english::toString);
        assertNotEquals(korean.header("ETag"), english.header("ETag"));
        assertEquals(
                "Sandan · " + company,
                text(xml(visitor.get("/feed.xml?lang=en")).getDocumentElement(), "title"));

        NewsPost post = published.get(0);
        String path = ArticlePaths.of(post.getId(), post.getSlug());
        assertEquals(List.of("Home", "읽기 시험", post.getTitle()), crumbs(visitor.get(path, "Accept-Language", "en")));
        assertEquals(List.of("홈", "읽기 시험", post.getTitle()), crumbs(visitor.get(path)));
    }

    @Test
    void theSitemapListsThePagesAndEveryPublishedPost() throws Exception {
        Http.Reply reply = visitor.get("/sitemap.xml");
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/xml"), reply.contentType());
        org.w3c.dom.Document sitemap = xml(reply);
        assertEquals(SITEMAP, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        List<String> locations = new ArrayList<>();
        for (org.w3c.dom.Element url : children(sitemap.getDocumentElement(), SITEMAP, "url")) {
            locations.add(text(url, SITEMAP, "loc"));
            List<org.w3c.dom.Element> lastmod = children(url, SITEMAP, "lastmod");
            lastmod.forEach(l -> OffsetDateTime.parse(l.getTextContent()));
        }
        for (String page : List.of("/", "/news", "/news?category=policy", "/news?category=" + CATEGORY, "/consult")) {
            assertTrue(locations.contains(Http.BASE + page), page + " in " + locations);
        }
        for (NewsPost post : published) {
            assertTrue(locations.contains(Http.BASE + ArticlePaths.of(post.getId(), post.getSlug())), post.getTitle());
        }
        assertFalse(reply.body().contains("/news/" + draft.getId() + "/"), "no drafts");
        assertFalse(reply.body().contains("/news/" + scheduled.getId() + "/"), "nothing scheduled for later");
        assertEquals(
                304,
                visitor.get(
                                "/sitemap.xml",
                                "If-None-Match",
                                reply.header("ETag").orElseThrow())
                        .status());
    }

    @Test
    void theFaviconBrowsersAskForLeadsToTheSitesMark() {
        Http.Reply icon = visitor.get("/favicon.ico");
        assertEquals(301, icon.status(), icon::toString);
        String mark = icon.header("Location").orElseThrow();
        Http.Reply svg = visitor.get(mark.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, svg.status(), mark);
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
    }

    @Test
    void robotsKeepCrawlersOutOfTheBackOfficeAndNameTheSitemap() {
        Http.Reply reply = visitor.get("/robots.txt");
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/plain"), reply.contentType());
        List<String> lines = reply.body().lines().toList();
        for (String rule : List.of(
                "User-agent: *",
                "Allow: /",
                "Disallow: /admin/",
                "Disallow: /login",
                "Disallow: /api/",
                "Sitemap: " + Http.BASE + "/sitemap.xml")) {
            assertTrue(lines.contains(rule), rule + " in\n" + reply.body());
        }
        for (String crawler : List.of("Yeti", "Googlebot")) {
            int group = lines.indexOf("User-agent: " + crawler);
            assertTrue(group >= 0, crawler + " is let in by name:\n" + reply.body());
            assertEquals("Allow: /", lines.get(group + 1), reply.body());
            List<String> rules = lines.subList(group, lines.size());
            assertTrue(rules.subList(0, rules.indexOf("")).contains("Disallow: /admin/"), reply.body());
        }
    }

    @Test
    void anArticleTellsSearchEnginesAndMessengersWhatItIs() {
        JsonObject incheon = Json.createReader(
                        new StringReader(visitor.get("/api/news?size=50").body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.containsKey("coverImage"))
                .findFirst()
                .orElseThrow();
        String url = Http.BASE + incheon.getString("path");
        String cover = Http.BASE + incheon.getJsonObject("coverImage").getString("url") + "?w=960";
        Document page = visitor.get(incheon.getString("path")).html();

        assertTrue(page.title().startsWith(incheon.getString("title")), page.title());
        assertEquals(incheon.getString("summary"), meta(page, "name", "description"));
        assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", meta(page, "property", "og:type"));
        assertEquals(incheon.getString("title"), meta(page, "property", "og:title"));
        assertEquals(incheon.getString("summary"), meta(page, "property", "og:description"));
        assertEquals(url, meta(page, "property", "og:url"));
        assertEquals(cover, meta(page, "property", "og:image"));
        assertEquals("ko_KR", meta(page, "property", "og:locale"));
        assertFalse(meta(page, "property", "og:site_name").isBlank());
        assertEquals("summary_large_image", meta(page, "name", "twitter:card"));
        assertEquals(cover, meta(page, "name", "twitter:image"));

        JsonObject article = jsonLd(page, "NewsArticle");
        assertEquals("https://schema.org", article.getString("@context"));
        assertEquals(incheon.getString("title"), article.getString("headline"));
        assertEquals(incheon.getString("summary"), article.getString("description"));
        assertEquals(cover, article.getJsonArray("image").getString(0));
        assertEquals(
                Instant.parse(incheon.getString("publishedAt")).truncatedTo(ChronoUnit.SECONDS),
                OffsetDateTime.parse(article.getString("datePublished")).toInstant());
        assertTrue(article.getString("datePublished").matches(".*(\\+09:00|Z)$"), article.getString("datePublished"));
        OffsetDateTime.parse(article.getString("dateModified"));
        assertFalse(article.getJsonObject("author").getString("name").isBlank());
        JsonObject publisher = article.getJsonObject("publisher");
        assertEquals("Organization", publisher.getString("@type"));
        assertFalse(publisher.getString("name").isBlank());
        assertTrue(publisher.getJsonObject("logo").getString("url").startsWith(Http.BASE + "/"));
        assertEquals(url, article.getJsonObject("mainEntityOfPage").getString("@id"));

        JsonObject breadcrumbs = jsonLd(page, "BreadcrumbList");
        List<JsonObject> items = breadcrumbs.getJsonArray("itemListElement").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("홈", incheon.getJsonObject("category").getString("name"), incheon.getString("title")),
                items.stream().map(i -> i.getString("name")).toList());
        assertEquals(url, items.get(2).getString("item"));
        assertEquals(3, page.select(".breadcrumb li").size());
    }

    @Test
    void aTitleWithScriptStaysInsideTheStructuredData() {
        Http.Reply reply = visitor.get(ArticlePaths.of(hostile.getId(), hostile.getSlug()));
        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.body().contains("<script>alert(1)"), "the title never becomes markup");
        Document page = reply.html();
        assertEquals(HOSTILE_TITLE, jsonLd(page, "NewsArticle").getString("headline"));
        assertEquals(HOSTILE_TITLE, page.selectFirst("h1").text());
        assertEquals(HOSTILE_TITLE, meta(page, "property", "og:title"));
        assertEquals("summary", meta(page, "name", "twitter:card"), "no cover, no large image");
        for (Element script : page.select("script")) {
            assertFalse(script.data().startsWith("alert"), "no script of the title's own: " + script);
        }
    }

    @Test
    void anArticleSuggestsTheNewestOtherPostsOfItsCategoryAndOffersSharing() {
        NewsPost oldest = published.get(0);
        Document page =
                visitor.get(ArticlePaths.of(oldest.getId(), oldest.getSlug())).html();
        assertEquals(
                List.of("읽기 시험 기사 4번", "읽기 시험 기사 3번", "읽기 시험 기사 2번"),
                page.select(".related .news-card-title").eachText());

        Document newest = visitor.get(ArticlePaths.of(
                        published.get(3).getId(), published.get(3).getSlug()))
                .html();
        assertEquals(
                List.of("읽기 시험 기사 3번", "읽기 시험 기사 2번", "읽기 시험 기사 1번"),
                newest.select(".related .news-card-title").eachText(),
                "never itself, never a draft");

        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertEquals(canonical, page.selectFirst(".share-copy").attr("data-url"));
        assertTrue(page.selectFirst(".share-kakao").attr("href").startsWith("https://open.kakao.com/"));
        assertNotNull(page.selectFirst("script[src*=reading.js]"), "sharing is a file script");
        page.select(".share [onclick], .share script").forEach(e -> {
            throw new AssertionError("inline script in the share buttons: " + e);
        });
    }

    @Test
    void picturesAreLazyAndComeInTheListWidths() {
        Document list = visitor.get("/news").html();
        Element row = list.selectFirst(".news-row-image");
        assertNotNull(row);
        assertEquals("lazy", row.attr("loading"));
        assertEquals("async", row.attr("decoding"));
        assertTrue(
                row.attr("srcset").matches("/media/\\d+\\?w=480 480w, /media/\\d+\\?w=960 960w"), row.attr("srcset"));
        assertFalse(row.attr("width").isBlank());
        assertFalse(row.attr("height").isBlank());
        assertEquals(200, visitor.get(row.attr("src")).status());
    }

    @Test
    void anArticleTheReaderAlreadyHasIsNotSentAgainUntilItChanges() throws Exception {
        NewsPost post = published.get(2);
        String path = ArticlePaths.of(post.getId(), post.getSlug());
        Http.Reply first = visitor.get(path);
        String etag = first.header("ETag").orElseThrow();
        assertTrue(etag.startsWith("W/\""), etag);
        assertEquals(
                "no-cache", first.header("Cache-Control").orElseThrow(), "always asked again, mostly answered 304");

        Http.Reply again = visitor.get(path, "If-None-Match", etag);
        assertEquals(304, again.status(), again::toString);
        assertEquals("", again.body());
        assertTrue(again.header("Content-Security-Policy").isEmpty(), "the cached page keeps its policy and nonce");
        assertEquals(
                304,
                new Http().get(path, "If-None-Match", etag).status(),
                "another reader's visit (a new view count) does not invalidate the copy");

        transaction.begin();
        NewsPost stored = em.find(NewsPost.class, post.getId());
        stored.revise(
                stored.getTitle() + " (수정)",
                stored.getSlug(),
                stored.getSummary(),
                stored.getBody(),
                stored.getCategory(),
                stored.getAuthorName(),
                Instant.now());
        transaction.commit();
        Http.Reply changed = visitor.get(path, "If-None-Match", etag);
        assertEquals(200, changed.status(), "an edited article is sent again");
        assertNotEquals(etag, changed.header("ETag").orElseThrow());
        assertTrue(changed.html().title().contains("(수정)"));
    }

    @Test
    void readingPagesOpenNoSession() {
        NewsPost post = published.get(2);
        List<String> withSession = new ArrayList<>();
        for (String path : List.of(
                "/",
                "/news",
                "/news?category=" + CATEGORY,
                ArticlePaths.of(post.getId(), post.getSlug()),
                "/feed.xml",
                "/sitemap.xml",
                "/robots.txt")) {
            Http.Reply reply = new Http().get(path);
            assertEquals(200, reply.status(), path);
            if (reply.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                withSession.add(path);
            }
        }
        assertEquals(List.of(), withSession, "these pages opened an HTTP session");
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertNotNull(meta, name + " in\n" + page.head().html());
        return meta.attr("content");
    }

    private static List<String> entryTitles(org.w3c.dom.Element feed) {
        return children(feed, ATOM, "entry").stream().map(e -> text(e, "title")).toList();
    }

    private static List<String> crumbs(Http.Reply article) {
        assertEquals(200, article.status(), article::toString);
        return jsonLd(article.html(), "BreadcrumbList")
                .getJsonArray("itemListElement")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(crumb -> crumb.getString("name"))
                .toList();
    }

    private static JsonObject jsonLd(Document page, String type) {
        return page.select("script[type=application/ld+json]").stream()
                .map(s -> Json.createReader(new StringReader(s.data())).readObject())
                .filter(o -> type.equals(o.getString("@type")))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no " + type + " in\n" + page.head().html()));
    }

    @Test
    void theRssFeedIsRss2WithRfc822DatesAndPermanentGuids() throws Exception {
        Http.Reply reply = visitor.get("/rss.xml?category=" + CATEGORY);
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/rss+xml"), reply.contentType());
        assertTrue(reply.contentType().toLowerCase().contains("charset=utf-8"), reply.contentType());
        org.w3c.dom.Element rss = xml(reply).getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        List<org.w3c.dom.Element> channels = plain(rss, "channel");
        assertEquals(1, channels.size());
        org.w3c.dom.Element channel = channels.get(0);
        for (String required : List.of("title", "link", "description")) {
            assertEquals(1, plain(channel, required).size(), required);
            assertFalse(plain(channel, required).get(0).getTextContent().isBlank(), required);
        }
        assertEquals(
                Http.BASE + "/news?category=" + CATEGORY,
                plain(channel, "link").get(0).getTextContent());
        rfc822(plain(channel, "lastBuildDate").get(0).getTextContent());
        assertEquals(
                Http.BASE + "/rss.xml?category=" + CATEGORY,
                children(channel, ATOM, "link").get(0).getAttribute("href"),
                "atom:link rel=self names the feed");
        List<org.w3c.dom.Element> items = plain(channel, "item");
        assertEquals(
                List.of("읽기 시험 기사 4번", "읽기 시험 기사 3번", "읽기 시험 기사 2번", "읽기 시험 기사 1번", HOSTILE_TITLE),
                items.stream()
                        .map(i -> plain(i, "title").get(0).getTextContent())
                        .toList(),
                "the same posts as the Atom feed, newest first; the hostile title stays text");
        NewsPost newest = published.get(3);
        org.w3c.dom.Element first = items.get(0);
        assertEquals(
                Http.BASE + ArticlePaths.of(newest.getId(), newest.getSlug()),
                plain(first, "link").get(0).getTextContent());
        org.w3c.dom.Element guid = plain(first, "guid").get(0);
        assertEquals("true", guid.getAttribute("isPermaLink"));
        assertEquals(Http.BASE + "/news/" + newest.getId(), guid.getTextContent());
        assertEquals(
                newest.getPublishedAt(),
                rfc822(plain(first, "pubDate").get(0).getTextContent()).toInstant(),
                "pubDate is RFC 822 and the publication time");
        assertEquals("읽기 시험 요약 4", plain(first, "description").get(0).getTextContent());
        String encoded = children(first, "http://purl.org/rss/1.0/modules/content/", "encoded")
                .get(0)
                .getTextContent();
        assertTrue(encoded.contains("href=\"" + Http.BASE + "/consult\""), encoded);
        assertEquals(
                "편집팀",
                children(first, "http://purl.org/dc/elements/1.1/", "creator")
                        .get(0)
                        .getTextContent());
        assertEquals("읽기 시험", plain(first, "category").get(0).getTextContent());
        for (org.w3c.dom.Element item : items) {
            rfc822(plain(item, "pubDate").get(0).getTextContent());
        }

        Http.Reply all = visitor.get("/rss.xml");
        assertEquals(200, all.status());
        assertFalse(all.body().contains(draft.getTitle()), "no drafts");
        assertFalse(all.body().contains(scheduled.getTitle()), "nothing scheduled for later");
        assertEquals(
                304,
                visitor.get("/rss.xml", "If-None-Match", all.header("ETag").orElseThrow())
                        .status());
        assertEquals(404, visitor.get("/rss.xml?category=no-such-category").status());

        Document list = visitor.get("/news?category=" + CATEGORY).html();
        assertNotNull(
                list.selectFirst("link[rel=alternate][type=application/rss+xml][href=" + Http.BASE + "/rss.xml]"));
        assertNotNull(
                list.selectFirst("link[rel=alternate][type=application/rss+xml][href=" + Http.BASE
                        + "/rss.xml?category=" + CATEGORY + "]"),
                list.head().html());
    }

    @Test
    void pinnedPostsHeadTheirListsUntilTheirDayAndNeverRepeat() throws Exception {
        transaction.begin();
        Category category = categories.bySlug(CATEGORY).orElseThrow();
        Instant longAgo = Instant.parse("2003-06-01T01:00:00Z");
        for (int i = 1; i <= 10; i++) {
            NewsPost more = new NewsPost("읽기 시험 추가 기사 " + i + "번", "추가 요약", "<p>본문</p>", category, "편집팀", longAgo);
            more.publish(longAgo.plus(Duration.ofDays(i)));
            news.add(more);
            published.add(more);
        }
        NewsPost pinned = em.find(NewsPost.class, published.get(0).getId());
        pinned.pin(Instant.now().plus(Duration.ofDays(3)), Instant.now());
        NewsPost expired = em.find(NewsPost.class, published.get(1).getId());
        expired.pin(Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofDays(5)));
        transaction.commit();

        Document first = visitor.get("/news?category=" + CATEGORY).html();
        List<String> notices = first.select(".notice-list .notice-title").eachText();
        assertEquals(List.of(pinned.getTitle()), notices, "the pin whose day is ahead heads the list");
        assertEquals("공지", first.selectFirst(".notice-list .badge-notice").text());
        assertEquals("공지", first.selectFirst(".notice-list").attr("aria-label"));
        List<String> rows = first.select(".news-list .news-row-title").eachText();
        assertEquals(10, rows.size(), "a full page without the pinned post");
        assertFalse(rows.contains(pinned.getTitle()), "never twice: " + rows);
        Document second = visitor.get("/news?category=" + CATEGORY + "&page=2").html();
        List<String> secondRows = second.select(".news-list .news-row-title").eachText();
        assertEquals(4, secondRows.size(), "15 published, one pinned: 14 counted, 10 + 4: " + secondRows);
        assertFalse(secondRows.contains(pinned.getTitle()));
        assertTrue(second.select(".notice-list").isEmpty(), "pins head the first page only");
        List<String> everyRow = new ArrayList<>(rows);
        everyRow.addAll(secondRows);
        assertEquals(
                "읽기 시험 기사 2번",
                everyRow.get(everyRow.size() - 2),
                "a pin whose day is over is back in its place by date: " + everyRow);
        assertEquals(HOSTILE_TITLE, everyRow.get(everyRow.size() - 1));

        Document home = visitor.get("/").html();
        assertTrue(home.select(".notice-list .notice-title").eachText().contains(pinned.getTitle()), home.text());
        assertFalse(home.select(".notice-list .notice-title").eachText().contains(expired.getTitle()));
        assertFalse(
                home.select(".home-news .lead-story h3, .home-news .news-card-title")
                        .eachText()
                        .contains(pinned.getTitle()),
                "the home page's newest posts leave the pin out");
        Document all = visitor.get("/news").html();
        assertTrue(all.select(".notice-list .notice-title").eachText().contains(pinned.getTitle()));

        // the editors' table marks the pin in force, and not the one whose day is over
        Http editor = new Http();
        Staff.logIn(editor, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document table = editor.get("/admin/news/?q=" + java.net.URLEncoder.encode("읽기 시험", StandardCharsets.UTF_8))
                .html();
        Map<String, Boolean> marked = new java.util.HashMap<>();
        table.select("a.post-title")
                .forEach(a -> marked.put(a.text(), a.parent().selectFirst(".pin-mark") != null));
        assertEquals(
                Boolean.TRUE,
                marked.get(pinned.getTitle()),
                table.select("a.post-title").eachText().toString());
        assertEquals(Boolean.FALSE, marked.get(expired.getTitle()), "a pin whose day is over is no longer marked");
    }

    @Test
    void aPinThatRunsOutIsNeverServedFromThePageCache() throws Exception {
        Instant end = Instant.now().plusMillis(3500);
        transaction.begin();
        NewsPost pinned = em.find(NewsPost.class, published.get(0).getId());
        pinned.pin(end, Instant.now());
        transaction.commit();
        String list = "/news?category=" + CATEGORY;
        assertEquals(
                1, visitor.get(list).html().select(".notice-list .notice-row").size());
        // a render shortly before the end: without a lifetime the cache would keep it fresh past the end
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis() - 1200));
        assertEquals(
                1, visitor.get(list).html().select(".notice-list .notice-row").size());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis() + 200));
        Document after = visitor.get(list).html();
        assertTrue(
                after.select(".notice-list").isEmpty(),
                "the pin ran out: " + after.select(".news-list").text());
        assertTrue(after.select(".news-list .news-row-title").eachText().contains(pinned.getTitle()));
    }

    @Test
    void anEditorPinsAPostInTheEditorUntilADayThatIsNotOver() {
        NewsPost post = published.get(2);
        Http editor = new Http();
        assertEquals(
                302,
                kr.co.saenal.sandan.testsupport.Staff.logIn(
                                editor,
                                kr.co.saenal.sandan.testsupport.Staff.ADMIN,
                                kr.co.saenal.sandan.testsupport.Staff.ADMIN_PASSWORD)
                        .status());
        String page = "/admin/news/edit?id=" + post.getId();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        Http.Reply refused = kr.co.saenal.sandan.testsupport.BackOffice.submit(
                editor,
                page,
                "post",
                java.util.Map.of(
                        "post:pinned",
                        "on",
                        "post:pinnedUntil",
                        today.minusDays(1).toString()));
        assertTrue(
                kr.co.saenal.sandan.testsupport.BackOffice.messages(refused).contains("공지를 내릴 날짜가 이미 지났습니다"),
                kr.co.saenal.sandan.testsupport.BackOffice.messages(refused));
        assertTrue(
                visitor.get("/news?category=" + CATEGORY)
                        .html()
                        .select(".notice-list")
                        .isEmpty(),
                "nothing pinned");

        kr.co.saenal.sandan.testsupport.BackOffice.submit(
                editor, page, "post", java.util.Map.of("post:pinned", "on", "post:pinnedUntil", today.toString()));
        NewsPost saved = news.find(post.getId()).orElseThrow();
        assertEquals(
                today.plusDays(1)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Seoul"))
                        .toInstant(),
                saved.getPinnedUntil(),
                "pinned to the end of the day in Korea");
        assertEquals(
                List.of(post.getTitle()),
                visitor.get("/news?category=" + CATEGORY)
                        .html()
                        .select(".notice-list .notice-title")
                        .eachText());
        Http.Reply reopened = editor.get(page);
        assertEquals(
                today.toString(),
                reopened.html().getElementById("post:pinnedUntil").val());

        kr.co.saenal.sandan.testsupport.BackOffice.submit(editor, page, "post", java.util.Map.of("post:pinned", ""));
        assertTrue(
                visitor.get("/news?category=" + CATEGORY)
                        .html()
                        .select(".notice-list")
                        .isEmpty(),
                "unpinned");
    }

    private static java.time.ZonedDateTime rfc822(String date) {
        return java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /** The child elements of a name in no namespace (RSS's own). */
    private static List<org.w3c.dom.Element> plain(org.w3c.dom.Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(n -> n instanceof org.w3c.dom.Element e
                        && e.getNamespaceURI() == null
                        && name.equals(e.getTagName()))
                .map(org.w3c.dom.Element.class::cast)
                .toList();
    }

    private static org.w3c.dom.Document xml(Http.Reply reply) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.bytes()));
    }

    /** The structure RFC 4287 requires of a feed and its entries. */
    private static void assertAtom(org.w3c.dom.Document feed) {
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, ATOM, required).size(), required);
        }
        OffsetDateTime.parse(text(root, "updated"));
        assertTrue(children(root, ATOM, "link").stream()
                .anyMatch(l -> l.getAttribute("rel").equals("self")
                        && l.getAttribute("href").startsWith(Http.BASE + "/feed.xml")));
        assertFalse(children(root, ATOM, "author").isEmpty(), "a feed-level author covers every entry");
        for (org.w3c.dom.Element entry : children(root, ATOM, "entry")) {
            for (String required : List.of("id", "title", "updated", "published", "summary", "content")) {
                assertEquals(1, children(entry, ATOM, required).size(), required);
            }
            OffsetDateTime.parse(text(entry, "updated"));
            OffsetDateTime.parse(text(entry, "published"));
            assertTrue(text(entry, "id").startsWith(Http.BASE + "/news/"));
            assertTrue(alternate(entry).startsWith(Http.BASE + "/news/"), alternate(entry));
            assertEquals("html", children(entry, ATOM, "content").get(0).getAttribute("type"));
        }
    }

    private static String alternate(org.w3c.dom.Element entry) {
        return children(entry, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("alternate"))
                .map(l -> l.getAttribute("href"))
                .findFirst()
                .orElseThrow();
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return text(parent, ATOM, name);
    }

    private static String text(org.w3c.dom.Element parent, String namespace, String name) {
        return children(parent, namespace, name).get(0).getTextContent();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String namespace, String name) {
        NodeList nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(n -> n instanceof org.w3c.dom.Element e
                        && namespace.equals(e.getNamespaceURI())
                        && name.equals(e.getLocalName()))
                .map(org.w3c.dom.Element.class::cast)
                .toList();
    }
}
