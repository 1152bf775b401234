package kr.co.saenal.sandan.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.news.Category;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Korean full-text search at /search, over HTTP against the deployed WAR with its demo content. Runs inside the
 * server so that posts can be written, edited and deleted through the newsroom as editors do.
 */
@ExtendWith(ArquillianExtension.class)
class NewsSearchIT {

    private static final String SOBUJANG = "소부장 실증화센터·희소금속 고순도화 기반, 인천 산단의 새 성장축으로";
    private static final String INCHEON = "인천 산업단지 대개조 첫해, 1,106억 원 들여 구조고도화 본격 착수";
    private static final String SMART = "인천 스마트산단 통합관제센터, 센서 데이터로 산단을 한눈에";
    private static final String STREETS = "남동인더스파크역·호구포역 주변, 걷고 싶은 산단 거리로 바뀐다";
    private static final String TENANT = "산업단지 입주 전 꼭 확인할 것: 입주계약부터 공장 등록까지";
    private static final String CHECKLIST = "노후 산단 구조고도화 사업, 신청 전에 점검할 다섯 가지";
    private static final String GREEN = "미세먼지 줄이는 녹색 산단, 중소기업 환경설비 지원 2단계로 넓힌다";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    Newsroom newsroom;

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    UserTransaction transaction;

    private final Http visitor = new Http();
    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestWrote() {
        for (long id : written) {
            if (newsroom.find(id).isPresent()) {
                newsroom.delete(id);
            }
        }
    }

    @Test
    void koreanWordsAreFoundInsideCompoundsAndWithParticles() {
        Map<String, List<String>> expected = Map.of(
                "희소금속", List.of(SOBUJANG),
                "소부장", List.of(SOBUJANG, INCHEON),
                "남동산단", List.of(INCHEON, STREETS),
                "구조고도화", List.of(INCHEON, CHECKLIST, TENANT),
                "스마트산단", List.of(SMART, INCHEON),
                "산업단지의", List.of(TENANT, INCHEON, GREEN),
                "산단을", List.of(SMART, STREETS, INCHEON, GREEN));
        expected.forEach((query, titles) -> {
            List<String> found = titlesFound(query);
            for (String title : titles) {
                assertTrue(found.contains(title), query + " should find " + title + ", found " + found);
            }
        });
        assertTrue(titlesFound("희소금속").stream().noneMatch(t -> t.equals(TENANT)), "only posts with the word");
    }

    @Test
    void hitsAreMarkedAndTheRestIsEscaped() {
        long id = publish(
                "검색표식 시험 <b>굵게</b> & \"따옴표\"",
                "요약에도 <i>태그</i> 모양 글자",
                "<p>본문 가운데 구조고도화 사업과 <strong>검색표식</strong> 낱말이 있습니다.</p>");

        Document page = visitor.get("/search?q=" + encode("검색표식")).html();
        Element hit = page.selectFirst(".search-hit");
        assertNotNull(hit, page.outerHtml());
        assertEquals(
                "검색표식 시험 <b>굵게</b> & \"따옴표\"",
                hit.selectFirst(".search-hit-title").text(),
                "the title as text");
        assertNull(hit.selectFirst(".search-hit-title b"), "markup in a title is shown, never rendered");
        assertEquals(List.of("검색표식"), hit.select(".search-hit-title mark").eachText());
        assertTrue(hit.select(".search-snippet mark").eachText().contains("검색표식"), hit.outerHtml());
        assertNull(hit.selectFirst(".search-snippet strong"), "only <mark> in snippets");
        assertTrue(hit.selectFirst(".search-snippet").text().contains("구조고도화 사업과"));
        assertEquals(
                ArticlePaths.of(id, newsroom.find(id).orElseThrow().getSlug()),
                hit.selectFirst("a").attr("href"));
        assertEquals(
                KoreanTime.shortDate(newsroom.find(id).orElseThrow().getPublishedAt()),
                hit.selectFirst("time").text());
        assertEquals("관리·운영", hit.selectFirst(".news-card-category").text());
    }

    @Test
    void draftsAndPostsScheduledForLaterAreNeverFoundUntilTheirTime() throws Exception {
        long draft = save(null, "미공개초안 낱말", PublicationState.DRAFT, null);
        LocalDateTime soon = LocalDateTime.now(KoreanTime.ZONE).plusSeconds(4);
        long scheduled = save(null, "예약게시물 낱말", PublicationState.SCHEDULED, soon);
        assertTrue(titlesFound("미공개초안").isEmpty(), "a draft is never found");
        Instant due = soon.atZone(KoreanTime.ZONE).toInstant();
        // Conclusive only when answered before its time: a slow machine may have taken longer than that already.
        assertTrue(
                titlesFound("예약게시물").isEmpty() || !Instant.now().isBefore(due),
                "a scheduled post is not found before its time");

        while (Instant.now().isBefore(due.plusMillis(300))) {
            Thread.sleep(200);
        }
        // Like the lists, a kept search page shows a post whose time has come within the 2 s it is kept.
        eventually(
                () -> titlesFound("예약게시물").equals(List.of(title(scheduled))),
                "found once its time has come, without reindexing");
        assertTrue(titlesFound("미공개초안").isEmpty());
        assertNotNull(title(draft));
    }

    @Test
    void anEditedPostIsFoundByItsNewWordsAndNoLongerByItsOldOnes() throws Exception {
        long id = save(null, "옛낱말가람 소식", PublicationState.PUBLISHED, null);
        eventually(() -> titlesFound("옛낱말가람").size() == 1, "found by its first words");

        save(id, "새낱말누리 소식", PublicationState.PUBLISHED, null);
        eventually(() -> titlesFound("새낱말누리").equals(List.of(title(id))), "found by its new words");
        assertTrue(titlesFound("옛낱말가람").isEmpty(), "not by its old ones");
    }

    @Test
    void withdrawnAndDeletedPostsAreNoLongerFound() throws Exception {
        long id = save(null, "철회시험물 소식", PublicationState.PUBLISHED, null);
        eventually(() -> titlesFound("철회시험물").size() == 1, "found while published");
        save(id, "철회시험물 소식", PublicationState.DRAFT, null);
        eventually(() -> titlesFound("철회시험물").isEmpty(), "gone when withdrawn");
        save(id, "철회시험물 소식", PublicationState.PUBLISHED, null);
        eventually(() -> titlesFound("철회시험물").size() == 1, "back when published again");
        newsroom.delete(id);
        eventually(() -> titlesFound("철회시험물").isEmpty(), "gone when deleted");
    }

    @Test
    void anEmptyOrOneLetterQueryGetsAHintInKorean() {
        for (String path :
                List.of("/search", "/search?q=", "/search?q=%20%20", "/search?q=" + encode("산"), "/search?q=a")) {
            Http.Reply reply = visitor.get(path);
            assertEquals(200, reply.status(), path);
            Http.assertNoInternals(reply);
            Document page = reply.html();
            assertTrue(page.selectFirst(".search-hint").text().contains("두 글자 이상"), path);
            assertTrue(page.select(".search-hit").isEmpty());
        }
        Document none = visitor.get("/search?q=" + encode("존재하지않는낱말조합")).html();
        assertTrue(none.selectFirst(".search-none").text().contains("찾지 못했습니다"));
        assertEquals(200, visitor.get("/search?q=" + encode("\"(( -|+ ~*")).status(), "operators alone do no harm");
    }

    @Test
    void categoryFacetsCountTheResultsAndNarrowThem() {
        Document all = visitor.get("/search?q=" + encode("산업단지")).html();
        List<Element> facets = all.select(".search-facets a");
        assertTrue(facets.size() >= 3, all.select(".search-facets").outerHtml());
        assertTrue(facets.get(0).hasClass("active"), "all categories first");
        Element policy = facets.stream()
                .filter(a -> a.text().startsWith("정책·공모사업"))
                .findFirst()
                .orElseThrow();
        long policyCount = Long.parseLong(policy.selectFirst(".count").text());
        long total = Long.parseLong(facets.get(0).selectFirst(".count").text());
        assertTrue(policyCount < total);

        Document narrowed = visitor.get(policy.attr("href")).html();
        assertTrue(narrowed.selectFirst(".search-facets a.active").text().startsWith("정책·공모사업"));
        assertEquals(policyCount, narrowed.select(".search-hit").size(), "each policy post, on one page");
        narrowed.select(".search-hit .news-card-category").forEach(c -> assertEquals("정책·공모사업", c.text()));
        assertEquals(facets.size(), narrowed.select(".search-facets a").size(), "the other categories stay to choose");
    }

    @Test
    void manyResultsArePagedTenAtATime() throws Exception {
        transaction.begin();
        Category category = categories.bySlug("management").orElseThrow();
        Instant longAgo = Instant.parse("2003-05-01T00:00:00Z");
        List<NewsPost> posts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            NewsPost post = new NewsPost("쪽나눔시험 기사 " + i + "번", "요약", "<p>본문</p>", category, "편집팀", longAgo);
            post.publish(longAgo.plus(Duration.ofDays(i)));
            news.add(post);
            posts.add(post);
        }
        transaction.commit();
        posts.forEach(p -> written.add(p.getId()));

        Document first = visitor.get("/search?q=" + encode("쪽나눔시험")).html();
        assertEquals(10, first.select(".search-hit").size());
        assertTrue(first.selectFirst(".search-total").text().contains("12건"));
        String next = first.selectFirst(".pagination a[rel=next]").attr("href");
        assertTrue(next.contains("page=2") && next.contains("q="), next);
        Document second = visitor.get(next).html();
        assertEquals(2, second.select(".search-hit").size());
        assertEquals(
                404, visitor.get("/search?q=" + encode("쪽나눔시험") + "&page=3").status());
        assertEquals(
                404, visitor.get("/search?q=" + encode("쪽나눔시험") + "&page=x").status());
    }

    @Test
    void searchingCreatesNoSession() {
        for (String path :
                List.of("/search?q=" + encode("산단"), "/search", "/search?q=" + encode("산단") + "&category=policy")) {
            Http.Reply reply = visitor.get(path);
            assertEquals(200, reply.status());
            assertTrue(reply.headers("Set-Cookie").isEmpty(), path + " set " + reply.headers("Set-Cookie"));
        }
        assertFalse(visitor.cookie("JSESSIONID").isPresent());
        Document home = visitor.get("/").html();
        assertEquals(
                "/search", home.selectFirst("header form[role=search]").attr("action"), "the box is in every header");
    }

    @Test
    void onlyAdministratorsRebuildTheIndex() throws Exception {
        Http.Reply anonymous = visitor.post("/api/search-index", null, new byte[0]);
        assertEquals(401, anonymous.status());
        Http.Reply rebuilt = visitor.send(
                "POST",
                "/api/search-index",
                null,
                new byte[0],
                "Authorization",
                Http.basic("admin", System.getProperty("sandan.admin.password", "it-Admin-2026!")));
        assertEquals(200, rebuilt.status(), rebuilt.toString());
        assertTrue(rebuilt.body().matches("\\{\"indexed\":\\d+}"), rebuilt.body());
        assertTrue(titlesFound("희소금속").contains(SOBUJANG), "search works after a rebuild");
    }

    private long publish(String title, String summary, String body) {
        PostDraft draft = draft(title, summary, body, PublicationState.PUBLISHED, null);
        long id = newsroom.save(null, draft, "편집팀");
        written.add(id);
        return id;
    }

    private long save(Long id, String title, PublicationState publication, LocalDateTime at) {
        PostDraft draft = draft(title, title + " 요약", "<p>" + title + " 본문</p>", publication, at);
        long saved = newsroom.save(id, draft, "편집팀");
        written.add(saved);
        return saved;
    }

    private PostDraft draft(String title, String summary, String body, PublicationState publication, LocalDateTime at) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setBody(body);
        draft.setCategoryId(categories.bySlug("management").orElseThrow().getId());
        draft.setAuthorName("편집팀");
        draft.setPublication(publication);
        draft.setPublishAt(at);
        return draft;
    }

    private String title(long id) {
        return newsroom.find(id).orElseThrow().getTitle();
    }

    /** Every title the search shows for the query, over all its pages. */
    private List<String> titlesFound(String query) {
        List<String> titles = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            Http.Reply reply = visitor.get("/search?q=" + encode(query) + "&page=" + page);
            if (reply.status() == 404) {
                break;
            }
            assertEquals(200, reply.status(), reply.toString());
            List<String> onPage = reply.html().select(".search-hit-title").eachText();
            titles.addAll(onPage);
            if (onPage.size() < 10) {
                break;
            }
        }
        return titles;
    }

    private static void eventually(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        // A deadline only for a test that would otherwise never end: the wait ends as soon as the condition holds.
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " (within 30 seconds)");
            }
            Thread.sleep(200);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
