package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page and the news lists are rendered once and served to many readers (PageCache), each answer with a
 * script nonce of its own; a change made through the application shows at once. Posts and categories are also
 * kept in Hibernate's second-level cache, which forgets a post when it changes.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    /** The posts' own table (not news_post_aud, the history). */
    private static final Pattern POST_TABLE = Pattern.compile("\\bnews_post\\b", Pattern.CASE_INSENSITIVE);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    PageCache pages;

    @Inject
    UserTransaction transaction;

    private final Http reader = new Http();

    @Test
    void manyReadersOfTheHomePageCostOneRenderAndEachGetsANonceOfItsOwn() {
        Http.Reply first = null;
        StatementTally served = null;
        for (int attempt = 0; attempt < 3 && served == null; attempt++) {
            pages.contentChanged(); // the next reader renders the page
            Instant asked = Instant.now();
            first = reader.get("/");
            StatementTally next = StatementTally.ofGet(reader, "/");
            // Conclusive only when the second reader came while the page was fresh; a busy machine may take longer.
            if (Duration.between(asked, Instant.now()).compareTo(PageCache.FRESH) < 0) {
                served = next;
            }
        }
        assumeTrue(served != null, "this machine never asked twice within " + PageCache.FRESH);
        StatementTally cached = served;
        Http.Reply second = served.reply();

        assertEquals(0, cached.statementCount(), () -> "served from the page cache, yet " + cached);
        String firstNonce = nonceOf(first);
        String secondNonce = nonceOf(second);
        assertNotEquals(firstNonce, secondNonce);
        assertTrue(second.body().contains("nonce=\"" + secondNonce + "\""), "the page's scripts carry the new nonce");
        assertFalse(second.body().contains(firstNonce), "no trace of the nonce the page was rendered with");
        assertEquals(first.body().replace(firstNonce, "N"), second.body().replace(secondNonce, "N"));
        assertEquals(first.header("Content-Language"), second.header("Content-Language"));
        assertEquals(first.header("Vary"), second.header("Vary"));
    }

    @Test
    void eachLanguageAndEachListPageIsKeptApart() {
        reader.get("/news?category=policy");
        String english =
                reader.get("/news?category=policy", "Accept-Language", "en").body();
        String korean =
                reader.get("/news?category=policy", "Accept-Language", "ko").body();

        assertTrue(english.contains("lang=\"en\""), "English chrome for the English reader");
        assertTrue(korean.contains("lang=\"ko\""));
        assertNotEquals(
                reader.get("/news").html().select(".page-lead").text(),
                reader.get("/news?category=policy").html().select(".page-lead").text());
    }

    @Test
    void staffPassTheCacheBy() {
        reader.get("/news");
        assertTrue(statements("/news", "Cookie", "JSESSIONID=someone") > 0, "a session");
        assertTrue(statements("/news", "Authorization", Http.basic("someone", "secret")) > 0, "credentials");
    }

    @Test
    void aHardReloadCannotMakeTheServerRender() {
        StatementTally reload = null;
        for (int attempt = 0; attempt < 3 && reload == null; attempt++) {
            reader.get("/news");
            Instant asked = Instant.now();
            StatementTally next =
                    StatementTally.ofGet(reader, "/news", "Cache-Control", "no-cache", "Pragma", "no-cache");
            if (Duration.between(asked, Instant.now()).compareTo(PageCache.FRESH) < 0) {
                reload = next;
            }
        }
        assumeTrue(reload != null, "this machine never asked twice within " + PageCache.FRESH);
        assertEquals(200, reload.reply().status());
        assertEquals(0, reload.statementCount(), "served the kept page: " + reload);
    }

    @Test
    void feedsAndTheSitemapAreKeptAndRevalidatedFromTheKeptCopy() {
        for (String document : new String[] {"/rss.xml", "/feed.xml?category=policy", "/sitemap.xml"}) {
            StatementTally kept = null;
            Http.Reply first = null;
            StatementTally revalidated = null;
            for (int attempt = 0; attempt < 3 && kept == null; attempt++) {
                pages.contentChanged();
                first = reader.get(document);
                Instant asked = Instant.now();
                StatementTally again = StatementTally.ofGet(reader, document);
                StatementTally conditional = StatementTally.ofGet(
                        reader, document, "If-None-Match", first.header("ETag").orElseThrow());
                if (Duration.between(asked, Instant.now()).compareTo(PageCache.FRESH) < 0) {
                    kept = again;
                    revalidated = conditional;
                }
            }
            assumeTrue(kept != null, "this machine never asked twice within " + PageCache.FRESH);
            StatementTally served = kept;
            assertEquals(0, served.statementCount(), () -> document + " served from the cache, yet " + served);
            assertEquals(first.body(), served.reply().body(), document);
            assertEquals(first.contentType(), served.reply().contentType(), document);
            assertEquals(first.header("ETag"), served.reply().header("ETag"), document);
            assertEquals(304, revalidated.reply().status(), document);
            assertEquals(0, revalidated.statementCount(), document);
        }
    }

    @Test
    void addressesAVisitorMakesUpAreNotKept() {
        for (String madeUp :
                new String[] {"/?category=policy", "/news?page=01", "/news?category=Policy", "/news?x=1"}) {
            reader.get(madeUp);
            assertTrue(statements(madeUp) > 0, madeUp + " is rendered, not kept");
        }
    }

    @Test
    void aPostPublishedEditedOrRemovedShowsAtOnce() throws Exception {
        reader.get("/");
        reader.get("/news");
        NewsPost post = inTransaction(() -> {
            NewsPost added = new NewsPost(
                    "캐시를 건너뛰는 속보",
                    "요약",
                    "<p>본문</p>",
                    categories.bySlug("policy").orElseThrow(),
                    "편집팀",
                    Instant.now());
            added.publish(Instant.now());
            news.add(added);
            return added;
        });
        try {
            assertTrue(reader.get("/").body().contains("캐시를 건너뛰는 속보"), "published");
            assertTrue(reader.get("/news").body().contains("캐시를 건너뛰는 속보"), "published");

            inTransaction(() -> {
                NewsPost edited = em.find(NewsPost.class, post.getId());
                edited.revise(
                        "제목을 고친 속보",
                        edited.getSlug(),
                        edited.getSummary(),
                        edited.getBody(),
                        edited.getCategory(),
                        edited.getAuthorName(),
                        Instant.now());
                return edited;
            });
            String home = reader.get("/").body();
            assertTrue(home.contains("제목을 고친 속보") && !home.contains("캐시를 건너뛰는 속보"), "edited");
        } finally {
            inTransaction(() -> {
                news.remove(post.getId());
                return null;
            });
        }
        assertFalse(reader.get("/").body().contains("제목을 고친 속보"), "removed");
    }

    @Test
    void postsComeFromTheSecondLevelCacheUntilTheyChange() throws Exception {
        long id = inTransaction(() -> em.createQuery("select p.id from NewsPost p order by p.id", Long.class)
                .setMaxResults(1)
                .getSingleResult());
        String title = inTransaction(() -> em.find(NewsPost.class, id).getTitle());
        try {
            StatementTally found = StatementTally.during(() ->
                    uncheckedInTransaction(() -> em.find(NewsPost.class, id).getTitle()));
            assertTrue(
                    found.statements().stream()
                            .noneMatch(sql -> POST_TABLE.matcher(sql).find()),
                    () -> "found in the second-level cache, yet " + found);

            inTransaction(() -> {
                NewsPost post = em.find(NewsPost.class, id);
                post.revise(
                        title + " (고침)",
                        post.getSlug(),
                        post.getSummary(),
                        post.getBody(),
                        post.getCategory(),
                        post.getAuthorName(),
                        Instant.now());
                return post;
            });
            assertEquals(
                    title + " (고침)",
                    inTransaction(() -> em.find(NewsPost.class, id).getTitle()));
        } finally {
            inTransaction(() -> {
                NewsPost post = em.find(NewsPost.class, id);
                post.revise(
                        title,
                        post.getSlug(),
                        post.getSummary(),
                        post.getBody(),
                        post.getCategory(),
                        post.getAuthorName(),
                        Instant.now());
                return post;
            });
        }
    }

    /** Statements of one GET rendered or served for this reader alone. */
    private long statements(String path, String... headers) {
        return StatementTally.ofGet(reader, path, headers).statementCount();
    }

    private <T> T uncheckedInTransaction(Supplier<T> work) {
        try {
            return inTransaction(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inTransaction(Supplier<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private static String nonceOf(Http.Reply page) {
        Matcher nonce =
                POLICY_NONCE.matcher(page.header("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find(), "the policy names the page's nonce");
        return nonce.group(1);
    }
}
