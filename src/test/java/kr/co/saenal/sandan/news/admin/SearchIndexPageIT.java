package kr.co.saenal.sandan.news.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Eventually;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator rebuilds the search index from the back office: the server takes the request up within a second,
 * the page shows its progress and then every published post indexed; a second request meanwhile is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIndexPageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void theRebuildAskedInTheBackOfficeShowsItsProgressAndIndexesEveryPublishedPost() {
        Http admin = new Http();
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        Document before = admin.get("/admin/system/search-index").html();
        assertEquals("검색 색인 다시 만들기", before.select("[id='rebuild:start']").val());

        Http.Reply asked = BackOffice.submit(admin, "/admin/system/search-index", "rebuild", Map.of());
        assertEquals(302, asked.status(), () -> BackOffice.messages(asked));
        Document shown = admin.get(asked.header("Location").orElseThrow()).html();
        assertTrue(shown.text().contains("검색 색인을 다시 만들도록 요청했습니다"), shown::text);
        assertTrue(shown.text().contains("admin 님 요청"), shown::text);

        Eventually.holds(
                Duration.ofSeconds(60),
                () -> !admin.get("/admin/system/search-index")
                        .html()
                        .select(".index-node .state-done")
                        .isEmpty(),
                "the server's row finished");
        Element row = admin.get("/admin/system/search-index").html().selectFirst(".index-node");
        long published = Requests.json(new Http().get("/api/news?size=1").body())
                .getJsonNumber("total")
                .longValue();
        assertEquals(Long.toString(published), row.select(".done").text(), row::text);
        assertEquals(row.select(".total").text(), row.select(".done").text(), row::text);
        assertTrue(
                row.select(".ui-progressbar").attr("aria-valuenow").equals("100")
                        || row.text().contains("100%"),
                row::outerHtml);
    }

    @Test
    void aVisitorWhoIsNotLoggedInIsSentToTheLoginPage() {
        Http.Reply anonymous = new Http().get("/admin/system/search-index");
        assertEquals(302, anonymous.status(), anonymous::toString);
        assertTrue(anonymous.header("Location").orElseThrow().contains("/login"), anonymous::toString);
    }
}
