package kr.co.saenal.sandan.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Readings;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard answers a manager's first questions: how many requests came this week, what people read. */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void thisWeeksBarGrowsWithEachRequestAndTheMostReadPostsAreListed() {
        Http manager = new Http();
        Staff.logIn(manager, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        long before = thisWeek(manager.get("/admin/").html());

        assertEquals(
                201,
                new Http()
                        .postJson("/api/inquiries", Requests.validInquiry(b -> {}))
                        .status());
        String article = new Http().get("/news/1/x").header("Location").orElseThrow();
        for (int i = 0; i < 3; i++) {
            Readings.read(new Http(), article); // three readers, whose pages report their readings
        }

        // Readings reach the database within seconds (ReadingTally, every 5 s), not in the request; the deadline
        // only ends a test that would never pass, on a busy machine too.
        Document dashboard = manager.get("/admin/").html();
        Instant deadline = Instant.now().plusSeconds(30);
        while (mostReadCount(dashboard) < 3 && Instant.now().isBefore(deadline)) {
            pause();
            dashboard = manager.get("/admin/").html();
        }
        assertEquals(before + 1, thisWeek(dashboard));
        List<Element> weeks = dashboard.select("#weekly-chart li");
        assertEquals(12, weeks.size(), "twelve weeks, this one last");
        assertTrue(weeks.get(11).selectFirst(".bar").attr("style").matches("--h: \\d{1,3}%"));
        Element mostRead = dashboard.selectFirst("#most-read li");
        assertFalse(mostRead.selectFirst(".hbar-title").text().isBlank());
        assertTrue(mostReadCount(dashboard) >= 3, mostRead::text);
        assertFalse(dashboard.text().contains("010-"), "no personal data on the dashboard");
    }

    private static int mostReadCount(Document dashboard) {
        Element mostRead = dashboard.selectFirst("#most-read li .hbar-value");
        return mostRead == null
                ? 0
                : Integer.parseInt(
                        mostRead.text().replace("회", "").replace(",", "").strip());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long thisWeek(Document dashboard) {
        List<Element> weeks = dashboard.select("#weekly-chart li .bar-value");
        return Long.parseLong(weeks.get(weeks.size() - 1).text());
    }
}
