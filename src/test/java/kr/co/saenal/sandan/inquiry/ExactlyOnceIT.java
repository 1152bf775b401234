package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A request sent twice — by a retrying client, a double click, a page sent again — is one inquiry. */
@ExtendWith(ArquillianExtension.class)
class ExactlyOnceIT {

    private static final Pattern RECEIPT = Pattern.compile("접수번호 (\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    InquiryRepository inquiries;

    @Test
    void theApiAnswersARetryWithTheFirstInquiry() {
        String key = UUID.randomUUID().toString();
        String body = Requests.validInquiry(b -> b.add("name", "재시도"));
        long before = inquiries.count();

        Http.Reply first = post(body, key);
        Http.Reply again = post(body, key);

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertTrue(first.header("Idempotent-Replayed").isEmpty());
        assertEquals(before + 1, inquiries.count());
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertEquals(
                201,
                post(Requests.validInquiry(b -> b.add("message", "첫 번째 문의")), key)
                        .status());
        long before = inquiries.count();

        Http.Reply other = post(Requests.validInquiry(b -> b.add("message", "전혀 다른 문의")), key);

        assertEquals(422, other.status(), other::toString);
        assertTrue(other.contentType().startsWith("application/problem+json"));
        assertTrue(Requests.json(other.body()).getString("type").endsWith("idempotency-key-reused"));
        assertEquals(before, inquiries.count());
    }

    @Test
    void aKeyThatIsNoKeyIsRefused() {
        for (String key : List.of("", " ", "x".repeat(101), "with space", "tab\tkey")) {
            Http.Reply reply = post(Requests.validInquiry(b -> {}), key);
            assertEquals(400, reply.status(), () -> "key '" + key + "': " + reply);
            Http.assertNoInternals(reply);
        }
    }

    @Test
    void copiesRacingEachOtherAreStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Requests.validInquiry(b -> b.add("name", "동시에"));
        long before = inquiries.count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Http.Reply>> copies = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Http.Reply>) () -> post(body, key))
                    .toList();
            Set<String> locations = pool.invokeAll(copies).stream()
                    .map(ExactlyOnceIT::done)
                    .peek(reply -> assertEquals(201, reply.status(), reply::toString))
                    .map(reply -> reply.header("Location").orElseThrow())
                    .collect(Collectors.toSet());
            assertEquals(1, locations.size(), locations::toString);
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, inquiries.count());
    }

    @Test
    void theConsultationFormSentTwiceIsOneRequest() {
        Http visitor = new Http();
        Document page = visitor.get("/consult").html();
        Map<String, String> form = Forms.submission(
                page,
                "consult",
                Map.of(
                        "consult:name",
                        "두번클릭",
                        "consult:phone",
                        "010-2222-3333",
                        "consult:email",
                        "twice@sandan.test",
                        "consult:message",
                        "버튼을 두 번 눌렀습니다.",
                        "consult:privacyConsent",
                        "on"));
        long before = inquiries.count();

        Http.Reply first = visitor.postForm(Forms.action(page, "consult"), form);
        Http.Reply second = visitor.postForm(Forms.action(page, "consult"), form);

        assertEquals(302, first.status(), first::toString);
        assertEquals(302, second.status(), second::toString);
        assertEquals(before + 1, inquiries.count());
        Matcher receipt = RECEIPT.matcher(
                visitor.get(second.header("Location").orElseThrow()).html().text());
        assertTrue(receipt.find(), "the second answer shows the first request's number");
        assertEquals(
                "두번클릭",
                inquiries.find(Long.parseLong(receipt.group(1))).orElseThrow().getName());
    }

    private static Http.Reply post(String body, String key) {
        return new Http()
                .send(
                        "POST",
                        "/api/inquiries",
                        "application/json",
                        body.getBytes(StandardCharsets.UTF_8),
                        "Idempotency-Key",
                        key);
    }

    private static Http.Reply done(Future<Http.Reply> reply) {
        try {
            return reply.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
