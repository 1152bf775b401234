package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.web.PageCache;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a search costs: rendered, a few statements however many posts it finds (the snippets come from the text the
 * search reads anyway, the sections above the news a statement or two each); asked again by anonymous visitors
 * within moments, nothing (the page cache keeps it), unless its words are of a form visitors could use to fill the
 * cache.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPageIT {

    /** The demo content's word: posts, complexes of the directory and questions of the FAQ all have it. */
    private static final String EVERYWHERE = "/search?q=" + encode("산업단지");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    PageCache pages;

    private final Http visitor = new Http();

    @Test
    void aRenderedSearchAsksTheDatabaseAFewQuestions() {
        assertEquals(200, visitor.get(EVERYWHERE).status());
        // a parameter the page cache does not take: rendered, whatever the cache holds
        StatementTally tally = StatementTally.ofGet(visitor, EVERYWHERE + "&rendered=" + UUID.randomUUID());

        assertEquals(200, tally.reply().status());
        assertTrue(tally.reply().html().select(".search-hit").size() > 1, "the demo posts are found");
        assertNotNull(tally.reply().html().selectFirst(".search-complexes"), "and complexes");
        System.out.println("Statements for a search: " + tally.statementCount());
        // the site's settings (2) and menu (1); the categories, the posts found, the FAQ (1 each); the directory's
        // quarter, count and rows with their members (4); and, when a post is found only by words inside its files
        // (other tests leave such posts behind), the files' text to say so (1)
        assertTrue(tally.statementCount() <= 11, () -> "a search took " + tally);
    }

    @Test
    void anAnonymousSearchAskedAgainWithinMomentsIsRenderedOnce() {
        StatementTally served = null;
        Http.Reply first = null;
        for (int attempt = 0; attempt < 3 && served == null; attempt++) {
            pages.contentChanged(); // the next visitor renders the page
            Instant asked = Instant.now();
            first = visitor.get(EVERYWHERE);
            StatementTally next = StatementTally.ofGet(visitor, EVERYWHERE);
            // Conclusive only when the second visitor came while the page was fresh; a busy machine may take longer.
            if (Duration.between(asked, Instant.now()).toMillis() < 2000) {
                served = next;
            }
        }
        assumeTrue(served != null, "this machine never asked twice within two seconds");
        StatementTally cached = served;

        assertEquals(0, cached.statementCount(), () -> "served from the page cache, yet " + cached);
        assertEquals(withoutNonce(first), withoutNonce(cached.reply()), "the same results");
        assertTrue(cached.reply().headers("Set-Cookie").isEmpty());
    }

    @Test
    void searchesOfAFormVisitorsCouldFillTheCacheWithAreRenderedEachTime() {
        for (String madeUp : List.of(
                "/search?q=" + encode("산업단지 | 산단"), // operators
                "/search?q=" + encode("산업단지 ".repeat(10)), // longer than the cache takes
                EVERYWHERE + "&page=01",
                EVERYWHERE + "&category=Policy",
                EVERYWHERE + "&q=" + encode("산단"))) {
            visitor.get(madeUp);
            assertTrue(StatementTally.ofGet(visitor, madeUp).statementCount() > 0, madeUp + " is rendered, not kept");
        }
    }

    private static String withoutNonce(Http.Reply page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.header("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find(), "the policy names the page's nonce");
        return page.body().replace(nonce.group(1), "N");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
