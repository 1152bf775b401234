package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages ask the database a fixed, small number of questions however many posts they show: an N+1 (a
 * query per post, per category, per picture) pushes the count past the budget. Counted for the page's request alone
 * ({@link StatementTally}), so the server's timers cannot add to it. The pages are asked for with
 * {@code Cache-Control: no-cache}, so that they are rendered rather than served from the page cache.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http reader = new Http();

    @Test
    void theHomePage() {
        // 4 before issue 14, plus which posts carry files (one statement for every card)
        assertWithinBudget("/", 5);
    }

    @Test
    void theNewsList() {
        // 4 before issue 14, plus which posts carry files, plus the pinned notices heading the first page
        assertWithinBudget("/news", 6);
    }

    @Test
    void theNewsListOfACategory() {
        String category = Requests.json(reader.get("/api/news?size=1").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("category")
                .getString("slug");
        // 5 before issue 14, plus which posts carry files, plus the category's pinned notices
        assertWithinBudget("/news?category=" + category, 7);
    }

    @Test
    void anArticle() {
        String path = Requests.json(reader.get("/api/news?size=1").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("path");
        // 9 before issue 13, plus the complexes the post is tagged with (one statement; a second, for their names,
        // only when it has tags); since issue 14 the article's files and which related posts carry files
        assertWithinBudget(path, 12);
    }

    private void assertWithinBudget(String path, long budget) {
        assertEquals(200, reader.get(path).status(), path);
        StatementTally tally = StatementTally.ofRender(reader, path);
        assertEquals(200, tally.reply().status(), path);
        assertTrue(tally.statementCount() > 0, () -> path + " was not rendered: " + tally);
        System.out.println("Statements for " + path + ": " + tally.statementCount());
        assertTrue(tally.statementCount() <= budget, () -> path + " took " + tally + "\nbudget " + budget);
    }
}
