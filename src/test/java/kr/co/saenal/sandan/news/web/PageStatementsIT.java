package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StatementCount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages ask the database a fixed, small number of questions however many posts they show: an N+1 (a
 * query per post, per category, per picture) pushes the count past the budget. Counted with Hibernate's statistics
 * while a page is requested over HTTP; the fewest of three tries, so a timer's query (the mail outbox polls every 5
 * seconds) cannot make the test flaky. The pages are asked for with {@code Cache-Control: no-cache}, so that they
 * are rendered rather than served from the page cache.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWithTestSupport();
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    private final Http reader = new Http();

    @Test
    void theHomePage() {
        assertWithinBudget("/", 4);
    }

    @Test
    void theNewsList() {
        assertWithinBudget("/news", 4);
    }

    @Test
    void theNewsListOfACategory() {
        String category = Requests.json(reader.get("/api/news?size=1").body()).getJsonArray("items").getJsonObject(0)
                .getJsonObject("category").getString("slug");
        assertWithinBudget("/news?category=" + category, 5);
    }

    @Test
    void anArticle() {
        String path = Requests.json(reader.get("/api/news?size=1").body()).getJsonArray("items").getJsonObject(0)
                .getString("path");
        assertWithinBudget(path, 9);
    }

    private void assertWithinBudget(String path, long budget) {
        assertEquals(200, reader.get(path).status(), path);
        // rendered, not served from PageCache
        long counted = StatementCount.fewestOfThree(emf, () -> assertEquals(200,
                reader.get(path, "Cache-Control", "no-cache").status(), path));
        System.out.println("Statements for " + path + ": " + counted);
        assertTrue(counted <= budget, () -> path + " took " + counted + " statements, budget " + budget);
    }
}
