package kr.co.saenal.sandan.inquiry.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.RelaxedInquiryGuard;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bots and floods are kept out of consultation requests (rate limit, honeypot, minimum fill time, link and size
 * limits), with an answer a person understands, and nothing is stored. Each visitor comes through the test server's
 * trusted proxy with an address of its own, so the rate limit counts it alone.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryGuardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    InquiryGuardPolicyService policies;

    @Inject
    InquiryRepository inquiries;

    @AfterEach
    void relaxAgain() {
        policies.change(RelaxedInquiryGuard.RELAXED, "test");
    }

    private void strict(int minFillSeconds, int rateLimit, int maxLinks, int maxBodyKiB) {
        policies.change(new InquiryGuardPolicy(minFillSeconds, rateLimit, 10, maxLinks, maxBodyKiB), "test");
    }

    private static Http visitorFromOwnAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Http().forwardedFor("198.18." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    @Test
    void theApiAnswers429WithRetryAfterOnceAClientHasUsedItsLimit() {
        strict(0, 3, 3, 64);
        Http client = visitorFromOwnAddress();
        for (int i = 0; i < 3; i++) {
            Http.Reply accepted = client.postJson("/api/inquiries", Requests.validInquiry(b -> {}));
            assertEquals(201, accepted.status(), accepted::toString);
        }
        long stored = inquiries.count();

        Http.Reply refused = client.postJson("/api/inquiries", Requests.validInquiry(b -> {}));

        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 200, "one share of 10 minutes over 3 requests: " + retryAfter);
        assertEquals(429, Requests.json(refused.body()).getInt("status"));
        assertTrue(Requests.json(refused.body()).getString("detail").contains("뒤에 다시"), refused::toString);
        assertEquals(stored, inquiries.count(), "the refused request is not stored");

        Http.Reply someoneElse = visitorFromOwnAddress().postJson("/api/inquiries", Requests.validInquiry(b -> {}));
        assertEquals(201, someoneElse.status(), "another client has its own limit: " + someoneElse);
    }

    @Test
    void theAddressBehindTheTrustedProxyIsTheOneRecordedWithTheConsent() {
        Http.Reply accepted = new Http()
                .forwardedFor("203.0.113.77, 127.0.0.1")
                .postJson("/api/inquiries", Requests.validInquiry(b -> {}));

        assertEquals(201, accepted.status(), accepted::toString);
        long id = Requests.json(accepted.body()).getJsonNumber("id").longValue();
        assertEquals(
                "203.0.113.77", inquiries.find(id).orElseThrow().getConsent().getClientAddress());
    }

    @Test
    void theFormAnswers429AndKeepsWhatWasTypedOnceAClientHasUsedItsLimit() {
        strict(0, 2, 3, 64);
        Http visitor = visitorFromOwnAddress();
        for (int i = 0; i < 2; i++) {
            assertEquals(302, sendConsultForm(visitor, Map.of()).status());
        }
        long stored = inquiries.count();

        Http.Reply refused = sendConsultForm(visitor, Map.of());

        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.header("Retry-After").isPresent(), refused::toString);
        Document page = refused.html();
        assertTrue(page.text().contains("짧은 시간에 신청이 너무 많이"), page.text());
        assertEquals("박과장", page.getElementById("consult:name").val(), "what was typed is kept");
        assertEquals(stored, inquiries.count());
    }

    @Test
    void aFilledInHoneypotIsRefusedVisiblyAndNothingIsStored() {
        long stored = inquiries.count();

        Http.Reply refused = sendConsultForm(visitorFromOwnAddress(), Map.of("consult:website", "http://spam.example"));

        assertEquals(200, refused.status(), refused::toString);
        assertTrue(
                refused.html().text().contains("자동 입력 프로그램이 보낸 것으로 보여"),
                refused.html().text());
        assertEquals(stored, inquiries.count());
    }

    @Test
    void theHoneypotIsOutOfSightAndOutOfTheTabOrder() {
        Document page = new Http().get("/consult").html();
        assertEquals("-1", page.getElementById("consult:website").attr("tabindex"));
        assertEquals("off", page.getElementById("consult:website").attr("autocomplete"));
        assertEquals("true", page.getElementById("consult:website").parent().attr("aria-hidden"));
        assertTrue(page.getElementById("consult:website").parent().hasClass("hp-field"));
    }

    @Test
    void aFormSentTooSoonIsRefusedAndTheSameFormGoesThroughOnceThePersonCouldHaveTypedIt() throws Exception {
        strict(2, 100, 3, 64);
        Http visitor = visitorFromOwnAddress();
        Http.Reply tooSoon = null;
        long stored = 0;
        for (int attempt = 0; attempt < 3 && tooSoon == null; attempt++) {
            stored = inquiries.count();
            Instant asked = Instant.now();
            Document page = visitor.get("/consult").html();
            Http.Reply reply = visitor.postForm(Forms.action(page, "consult"), consultFields(page, Map.of()));
            // Conclusive only when the form went back within the minimum fill time; a busy machine may take longer.
            if (Duration.between(asked, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0) {
                tooSoon = reply;
            }
        }
        assumeTrue(tooSoon != null, "this machine never sent a form back within 2 s");

        assertEquals(200, tooSoon.status(), tooSoon::toString);
        assertTrue(
                tooSoon.html().text().contains("입력이 너무 빨리 끝나"), tooSoon.html().text());
        assertEquals(stored, inquiries.count());

        Thread.sleep(2100);
        Document again = tooSoon.html();
        Http.Reply later = visitor.postForm(Forms.action(again, "consult"), consultFields(again, Map.of()));
        assertEquals(302, later.status(), later::toString);
        assertEquals(stored + 1, inquiries.count());
    }

    @Test
    void aForgedStampIsRefusedAndTheRedrawnFormCarriesAGoodOne() {
        Http visitor = visitorFromOwnAddress();
        Document page = visitor.get("/consult").html();
        long stored = inquiries.count();

        Http.Reply forged = visitor.postForm(
                Forms.action(page, "consult"), consultFields(page, Map.of("consult:stamp", "1.forged")));

        assertTrue(forged.html().text().contains("신청서가 만료되었습니다"), forged.html().text());
        assertEquals(stored, inquiries.count());
        Document again = forged.html();
        assertEquals(
                302,
                visitor.postForm(Forms.action(again, "consult"), consultFields(again, Map.of()))
                        .status());
    }

    @Test
    void tooManyLinksInTheMessageAreRefusedByTheApiAndTheForm() {
        strict(0, 100, 2, 64);
        long stored = inquiries.count();
        String spam = "좋은 정보 https://a.example.com www.b.example.com c-deals.shop";

        Http.Reply api =
                visitorFromOwnAddress().postJson("/api/inquiries", Requests.validInquiry(b -> b.add("message", spam)));
        Http.Reply form = sendConsultForm(visitorFromOwnAddress(), Map.of("consult:message", spam));

        assertEquals(400, api.status(), api::toString);
        assertEquals(
                "message",
                Requests.json(api.body())
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        assertTrue(api.body().contains("2개까지"), api::toString);
        assertTrue(
                form.html().select(".field-error").text().contains("2개까지"),
                form.html().text());
        assertEquals(stored, inquiries.count());

        Http.Reply twoLinks = visitorFromOwnAddress()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("message", "참고: https://a.example.com, www.b.example.com")));
        assertEquals(201, twoLinks.status(), twoLinks::toString);
    }

    @Test
    void theBodyLimitIsTheConfiguredOne() {
        strict(0, 100, 3, 4);
        String big = Requests.validInquiry(b -> b.add("message", "가".repeat(2000)));
        assertTrue(big.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 4096);

        Http.Reply refused = visitorFromOwnAddress().postJson("/api/inquiries", big);

        assertEquals(413, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
    }

    @Test
    void anAdministratorSetsTheLimitsAndOutOfRangeValuesAreExplained() {
        Http admin = new Http();
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());

        Http.Reply saved = BackOffice.submit(
                admin,
                "/admin/system/settings",
                "inquiryGuard",
                Map.of(
                        "inquiryGuard:minFillSeconds",
                        "4",
                        "inquiryGuard:rateLimit",
                        "20",
                        "inquiryGuard:rateWindowMinutes",
                        "30",
                        "inquiryGuard:maxLinks",
                        "1",
                        "inquiryGuard:maxBodyKiB",
                        "32"));

        assertTrue(BackOffice.messages(saved).contains("상담 신청 보호 설정을 저장했습니다"), BackOffice.messages(saved));
        assertEquals(new InquiryGuardPolicy(4, 20, 30, 1, 32), policies.current());

        Http.Reply refused = BackOffice.submit(
                admin,
                "/admin/system/settings",
                "inquiryGuard",
                Map.of("inquiryGuard:rateLimit", "0", "inquiryGuard:maxBodyKiB", "많이"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("허용 신청 수는 1건에서"), messages);
        assertTrue(messages.contains("API 요청 크기 한도는 4KiB에서 1024KiB"), messages);
        assertEquals(new InquiryGuardPolicy(4, 20, 30, 1, 32), policies.current(), "nothing changed");
    }

    private static Http.Reply sendConsultForm(Http visitor, Map<String, String> changes) {
        Document page = visitor.get("/consult").html();
        return visitor.postForm(Forms.action(page, "consult"), consultFields(page, changes));
    }

    private static Map<String, String> consultFields(Document page, Map<String, String> changes) {
        Map<String, String> typed = new HashMap<>(Map.of(
                "consult:name", "박과장",
                "consult:phone", "010-2222-3333",
                "consult:email", "park@guard.example.kr",
                "consult:topic", "MANAGEMENT",
                "consult:message", "입주 절차 상담을 원합니다.",
                "consult:privacyConsent", "on"));
        typed.putAll(changes);
        return Forms.submission(page, "consult", typed);
    }
}
