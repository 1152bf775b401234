package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only published posts whose time has come are public; long lists are paged. Runs inside the server to add posts. */
@ExtendWith(ArquillianExtension.class)
class NewsVisibilityIT {

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

    private final Http visitor = new Http();

    @Test
    void draftsAndPostsScheduledForLaterAreNotPublic() throws Exception {
        Instant now = Instant.now();
        transaction.begin();
        Category category = categories.bySlug("management").orElseThrow();
        NewsPost draft = new NewsPost("아직 쓰는 중인 초안", "요약", "<p>본문</p>", category, "편집팀", now);
        NewsPost scheduled = new NewsPost("내일 아침 공개될 글", "요약", "<p>본문</p>", category, "편집팀", now);
        scheduled.publish(now.plus(Duration.ofDays(1)));
        news.add(draft);
        news.add(scheduled);
        transaction.commit();

        for (NewsPost hidden : List.of(draft, scheduled)) {
            assertEquals(404, visitor.get("/api/news/" + hidden.getId()).status());
            assertEquals(
                    404,
                    visitor.get("/news/" + hidden.getId() + "/" + hidden.getSlug())
                            .status());
            assertFalse(visitor.get("/api/news?size=50").body().contains(hidden.getTitle()));
            assertFalse(visitor.get("/news?category=management").body().contains(hidden.getTitle()));
        }
    }

    @Test
    void aScheduledPostBecomesPublicByItselfAtItsTime() throws Exception {
        Instant at = Instant.now().plusSeconds(4);
        transaction.begin();
        NewsPost scheduled = new NewsPost(
                "정각에 공개되는 예약 기사", "요약", "<p>본문</p>", categories.bySlug("policy").orElseThrow(), "편집팀", Instant.now());
        scheduled.publish(at);
        news.add(scheduled);
        transaction.commit();

        int before = visitor.get("/api/news/" + scheduled.getId()).status();
        // Conclusive only when answered before its time: a slow machine may have taken longer than that already.
        assertTrue(before == 404 || !Instant.now().isBefore(at), "not before its time");
        while (Instant.now().isBefore(at.plusMillis(200))) {
            Thread.sleep(200);
        }
        try {
            assertEquals(200, visitor.get("/api/news/" + scheduled.getId()).status(), "public once its time has come");
            assertTrue(visitor.get("/news?category=policy").body().contains("정각에 공개되는 예약 기사"));
        } finally {
            transaction.begin();
            news.remove(scheduled.getId()); // other tests expect the demo news to be the newest
            transaction.commit();
        }
    }

    @Test
    void aLongCategoryIsPagedTenAtATime() throws Exception {
        transaction.begin();
        Category archive = new Category("archive-test", "자료실 시험", 99);
        news.add(archive);
        Instant longAgo = Instant.parse("2001-03-01T00:00:00Z");
        for (int i = 1; i <= 12; i++) {
            NewsPost post = new NewsPost("보관 기사 " + i + "번", "요약 " + i, "<p>본문</p>", archive, "편집팀", longAgo);
            post.publish(longAgo.plus(Duration.ofDays(i)));
            news.add(post);
        }
        transaction.commit();

        Document first = visitor.get("/news?category=archive-test").html();
        assertEquals(10, first.select(".news-row").size());
        assertEquals("보관 기사 12번", first.selectFirst(".news-row-title").text(), "newest first");
        assertTrue(first.selectFirst(".pagination a[rel=next]").attr("href").contains("page=2"));

        Document second = visitor.get("/news?category=archive-test&page=2").html();
        assertEquals(
                List.of("보관 기사 2번", "보관 기사 1번"),
                second.select(".news-row-title").eachText());
        assertTrue(second.selectFirst(".pagination a[rel=prev]").attr("href").contains("category=archive-test"));
    }
}
