package kr.co.saenal.sandan.platform.metrics;

import static kr.co.saenal.sandan.testsupport.Management.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Management;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sandan's meters as Prometheus scrapes them from the management interface ({@code /prometheus}, the Micrometer
 * subsystem), under the names docs/operations.md and docs/grafana-dashboard.json use. Other tests share the server,
 * so each test reads the counters right before and after its own requests and asks for a rise of at least one.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String INQUIRIES = "/api/inquiries";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Management management = new Management();
    private final Http http = new Http();

    @Test
    void anAcceptedInquiryIsCountedAsReceived() {
        Map<String, Double> before = management.scrape();

        Http.Reply reply = http.postJson(INQUIRIES, Requests.validInquiry(b -> {}));
        assertEquals(201, reply.status(), reply::toString);

        Map<String, Double> after = management.scrape();
        assertRose(before, after, "sandan_inquiries_received_total", "channel", "api");
    }

    @Test
    void refusedInquiriesAreCountedByReason() {
        Map<String, Double> before = management.scrape();

        Http.Reply invalid = http.postJson(INQUIRIES, Requests.validInquiry(b -> b.add("email", "not an address")));
        assertEquals(400, invalid.status(), invalid::toString);
        Http.Reply unreadable = http.postJson(INQUIRIES, "{\"name\": ");
        assertEquals(400, unreadable.status(), unreadable::toString);

        Map<String, Double> after = management.scrape();
        assertRose(before, after, "sandan_inquiries_refused_total", "channel", "api", "reason", "validation");
        assertRose(before, after, "sandan_inquiries_refused_total", "channel", "api", "reason", "malformed");
        assertEquals(
                sum(before, "sandan_inquiries_received_total"),
                sum(after, "sandan_inquiries_received_total"),
                "a refused request is not received");
    }

    @Test
    void aFormThatLooksSentByAProgramIsCountedAsABot() {
        Map<String, Double> before = management.scrape();

        Document page = http.get("/consult").html();
        Map<String, String> typed = new HashMap<>(Map.of(
                "consult:name", "박과장",
                "consult:phone", "010-2222-3333",
                "consult:email", "park@metrics.example.kr",
                "consult:topic", "MANAGEMENT",
                "consult:message", "입주 절차 상담을 원합니다.",
                "consult:privacyConsent", "on",
                "consult:website", "http://spam.example"));
        Http.Reply refused = http.postForm(Forms.action(page, "consult"), Forms.submission(page, "consult", typed));
        assertEquals(200, refused.status(), refused::toString);

        Map<String, Double> after = management.scrape();
        assertRose(before, after, "sandan_inquiries_refused_total", "channel", "consult_page", "reason", "bot");
    }

    @Test
    void aPageServedFromThePageCacheIsCountedAsAHit() {
        Map<String, Double> before = management.scrape();

        // the first may render or be served kept; a second within the page's two seconds of freshness is served kept,
        // unless public content changed in between: a few tries
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get("/faq").status());
        }

        Map<String, Double> after = management.scrape();
        assertRose(before, after, "sandan_page_cache_requests_total", "result", "hit");
    }

    @Test
    void aSearchIsTimed() {
        Map<String, Double> before = management.scrape();

        String words = "관측 " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "a");
        Http.Reply page = http.get("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, page.status(), page::toString);

        Map<String, Double> after = management.scrape();
        assertRose(before, after, "sandan_search_seconds_count", "outcome", "success");
        assertTrue(sum(after, "sandan_search_seconds_sum") > 0);
    }

    @Test
    void pendingMailsAreAGauge() {
        Map<String, Double> samples = management.scrape();

        assertTrue(
                samples.keySet().stream().anyMatch(key -> key.startsWith("sandan_mails_pending")), samples::toString);
        assertTrue(sum(samples, "sandan_mails_pending") >= 0);
    }

    private static void assertRose(
            Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        double rise = sum(after, name, labels) - sum(before, name, labels);
        assertTrue(
                rise >= 1,
                () -> name + " " + String.join(",", labels) + " rose by " + rise + "; after: "
                        + after.keySet().stream()
                                .filter(k -> k.startsWith("sandan_"))
                                .sorted()
                                .toList());
    }
}
