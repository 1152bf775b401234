package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readings are added to their own table ({@link PostViews}), so that a post stays in the second-level cache while it
 * is read: adding a post's first readings and adding more both leave it there (a bulk update of {@code news_post},
 * as the count was written before, drops every post), and every place that shows the count shows the new one.
 * Runs inside the server with posts of its own.
 */
@ExtendWith(ArquillianExtension.class)
class PostViewsIT {

    private static final String CATEGORY = "views-test";
    /** The posts' own table (not news_post_views, nor news_post_aud). */
    private static final Pattern POST_TABLE = Pattern.compile("\\bnews_post\\b", Pattern.CASE_INSENSITIVE);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    NewsRepository news;

    @Inject
    NewsService service;

    @Inject
    NewsFigures figures;

    @Inject
    CategoryRepository categories;

    @Inject
    ReadingTally tally;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    /** Every post the test made, removed after it (whatever became of them). */
    private final List<NewsPost> made = new ArrayList<>();

    private Category category;
    private NewsPost read;
    private NewsPost alsoRead;
    private NewsPost unread;

    @BeforeEach
    void addPostsOfOurOwn() throws Exception {
        transaction.begin();
        category = new Category(CATEGORY, "조회 시험", categories.nextPosition());
        news.add(category);
        Instant at = Instant.parse("2004-03-01T01:00:00Z");
        read = published("조회 시험 기사", category, at);
        alsoRead = published("조회 시험 다른 기사", category, at.plusSeconds(60));
        unread = published("조회 시험 안 읽은 기사", category, at.plusSeconds(120));
        transaction.commit();
    }

    private NewsPost published(String title, Category in, Instant at) {
        NewsPost post = new NewsPost(title, "요약", "<p>본문</p>", in, "편집팀", at);
        post.publish(at);
        news.add(post);
        made.add(post);
        return post;
    }

    @AfterEach
    void removeThem() throws Exception {
        transaction.begin();
        for (NewsPost post : made) {
            news.remove(post.getId()); // nothing for one the test deleted
        }
        em.flush();
        em.remove(categories.bySlug(CATEGORY).orElseThrow());
        transaction.commit();
    }

    @Test
    void countingReadingsLeavesThePostInTheSecondLevelCacheAndTheCountShownGoesUp() {
        long id = read.getId();
        cache(id);
        assertEquals(0, service.article(id).orElseThrow().viewCount());

        for (int i = 0; i < 3; i++) {
            tally.count(id);
        }
        assertEquals(3, service.article(id).orElseThrow().viewCount(), "pending readings are shown at once");
        tally.flush(); // the post's first readings: its row is made

        assertServedFromTheCache(id);
        assertEquals(3, news.views(id));
        assertEquals(3, service.article(id).orElseThrow().viewCount());

        tally.count(id);
        tally.count(id);
        tally.flush(); // more readings: the row is updated

        assertServedFromTheCache(id);
        assertEquals(5, news.views(id));
        assertEquals(5, service.article(id).orElseThrow().viewCount());
        assertEquals(5, service.published(List.of(id)).get(0).viewCount(), "lists show it");
        long shownByTheApi = Requests.json(new Http().get("/api/news/" + id).body())
                .getJsonNumber("viewCount")
                .longValue();
        assertEquals(5, shownByTheApi);
        assertTrue(
                figures.mostRead(10_000).stream().anyMatch(r -> r.id() == id && r.views() == 5),
                "the dashboard's most read posts show it");
    }

    /** The check above can fail: what the reading tally did before this table drops every post from the cache. */
    @Test
    void aBulkUpdateOfPostsWouldDropThemFromTheCache() throws Exception {
        long id = read.getId();
        cache(id);

        transaction.begin();
        em.createQuery("update NewsPost p set p.updatedAt = p.updatedAt where p.id = :id")
                .setParameter("id", alsoRead.getId())
                .executeUpdate();
        transaction.commit();

        assertTrue(statementsToFind(id) > 0, "an update of another post dropped this one from the cache too");
    }

    @Test
    void theNewsTableSortsByReadingsAPostNeverReadCountingAsNone() {
        news.addViews(read.getId(), 7);
        news.addViews(alsoRead.getId(), 2);
        Long categoryId = category.getId();

        List<Long> most = ids(
                news.rows(new PostQuery(null, categoryId, null, PostQuery.Sort.VIEWS, false), Instant.now(), 0, 20));
        List<Long> fewest =
                ids(news.rows(new PostQuery(null, categoryId, null, PostQuery.Sort.VIEWS, true), Instant.now(), 0, 20));

        assertEquals(List.of(read.getId(), alsoRead.getId(), unread.getId()), most);
        assertEquals(List.of(unread.getId(), alsoRead.getId(), read.getId()), fewest);
        assertEquals(
                List.of(7L, 2L, 0L),
                news
                        .rows(new PostQuery(null, categoryId, null, PostQuery.Sort.VIEWS, false), Instant.now(), 0, 20)
                        .stream()
                        .map(PostRow::viewCount)
                        .toList());
    }

    @Test
    void readingsOfADeletedPostAreDroppedAndADeletedPostTakesItsCountAlong() throws Exception {
        NewsPost gone;
        transaction.begin();
        gone = published("조회 시험 지울 기사", em.merge(category), Instant.parse("2004-03-02T01:00:00Z"));
        transaction.commit();
        long id = gone.getId();
        news.addViews(id, 4);
        assertEquals(4, news.views(id));

        transaction.begin();
        news.remove(id);
        transaction.commit();

        assertEquals(0, rowsOf(id), "its row went with it");
        news.addViews(id, 2); // readings counted just before the delete, written just after
        assertEquals(0, rowsOf(id), "nothing is stored for a post that is gone, and nothing fails");
    }

    /** Puts the post into the second-level cache by reading it, and checks that it is there. */
    private void cache(long id) {
        statementsToFind(id);
        assertServedFromTheCache(id);
    }

    private void assertServedFromTheCache(long id) {
        assertTrue(emf.getCache().contains(NewsPost.class, id), "the post is in the second-level cache");
        assertEquals(0, statementsToFind(id), "the post is found without asking the database");
    }

    /** The statements on posts a new persistence context needs to find one (none when it is in the cache). */
    private long statementsToFind(long id) {
        StatementTally found = StatementTally.during(() -> {
            EntityManager reader = emf.createEntityManager();
            try {
                assertEquals(id, reader.find(NewsPost.class, id).getId());
            } finally {
                reader.close();
            }
        });
        return found.statements().stream()
                .filter(sql -> POST_TABLE.matcher(sql).find())
                .count();
    }

    private long rowsOf(long id) {
        EntityManager reader = emf.createEntityManager();
        try {
            return reader.createQuery("select count(v) from PostViews v where v.postId = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
        } finally {
            reader.close();
        }
    }

    private static List<Long> ids(List<PostRow> rows) {
        return rows.stream().map(PostRow::id).toList();
    }
}
