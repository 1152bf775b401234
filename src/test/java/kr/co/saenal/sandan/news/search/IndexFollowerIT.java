package kr.co.saenal.sandan.news.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts saved through another server of a cluster reach this server's index through the shared revisions
 * (IndexFollower). Here "another server" is a transaction whose changes this server's Hibernate Search is told to
 * leave alone, as it would never see them; search must find them all the same within seconds (the test allows
 * 30 s, for a busy machine).
 */
@ExtendWith(ArquillianExtension.class)
class IndexFollowerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final Http visitor = new Http();

    @Test
    void postsSavedElsewhereAreFoundEditedAndGoneWithinSeconds() throws Exception {
        long id = elsewhere(() -> {
            NewsPost post = new NewsPost(
                    "다른 서버에서 쓴 팔레트 물류 소식",
                    "요약",
                    "<p>본문</p>",
                    categories.bySlug("policy").orElseThrow(),
                    "편집팀",
                    Instant.now());
            post.publish(Instant.now());
            news.add(post);
            return post.getId();
        });
        try {
            awaitSearch("팔레트", () -> found("팔레트", "팔레트 물류"), "a new post");
            elsewhere(() -> {
                NewsPost post = em.find(NewsPost.class, id);
                post.revise(
                        "다른 서버에서 고친 컨베이어 소식",
                        post.getSlug(),
                        post.getSummary(),
                        post.getBody(),
                        post.getCategory(),
                        post.getAuthorName(),
                        Instant.now());
                return id;
            });
            awaitSearch("컨베이어", () -> found("컨베이어", "컨베이어 소식") && !found("팔레트", "팔레트 물류"), "an edit");
        } finally {
            elsewhere(() -> {
                news.remove(id);
                return id;
            });
        }
        awaitSearch("컨베이어", () -> !found("컨베이어", "컨베이어 소식"), "a deletion");
    }

    private boolean found(String query, String title) {
        return visitor.get("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                .html()
                .text()
                .contains(title); // text, not markup: the words found are marked
    }

    private static void awaitSearch(String query, BooleanSupplier done, String what) throws InterruptedException {
        // The follower runs every second; the deadline only ends a test that would never pass, on a busy machine too.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            assertTrue(
                    Instant.now().isBefore(deadline), what + " did not reach search for '" + query + "' within 30 s");
            Thread.sleep(200);
        }
    }

    /** A transaction whose changes this server's own indexing does not see. */
    private long elsewhere(java.util.function.LongSupplier work) throws Exception {
        transaction.begin();
        try {
            Search.session(em).indexingPlanFilter(filter -> filter.exclude(NewsPost.class));
            long result = work.getAsLong();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }
}
