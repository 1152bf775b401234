package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeRepository;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/inquiries} as DESIGN.md section 2 specifies it; runs inside the server to check what was stored. */
@ExtendWith(ArquillianExtension.class)
class InquiryApiIT {

    private static final String ENDPOINT = "/api/inquiries";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    InquiryRepository inquiries;

    @Inject
    UserTransaction transaction;

    @Inject
    ConsentNoticeRepository consentNotices;

    private final Http http = new Http();

    @Test
    void aValidRequestIsStoredWithItsConsentRecord() throws Exception {
        int currentNotice = consentNotices.current().getVersion(); // other tests may publish newer versions
        Http.Reply reply = http.postJson(ENDPOINT, Requests.validInquiry(b -> b.add("marketingConsent", true)));

        assertEquals(201, reply.status(), reply::toString);
        JsonObject body = Requests.json(reply.body());
        long id = body.getJsonNumber("id").longValue();
        assertTrue(reply.header("Location").orElseThrow().endsWith("/api/inquiries/" + id));
        assertFalse(body.getString("receivedAt").isBlank());

        transaction.begin();
        try {
            Inquiry stored = inquiries.find(id).orElseThrow();
            assertAll(
                    () -> assertEquals("김남동", stored.getName()),
                    () -> assertEquals("남동정밀", stored.getCompany()),
                    () -> assertEquals("010-1234-5678", stored.getPhone()),
                    () -> assertEquals(InquiryTopic.RESTRUCTURING, stored.getTopic()),
                    () -> assertEquals(ContactTime.WEEKDAY_AFTERNOON, stored.getPreferredTime()),
                    () -> assertEquals(InquiryStatus.RECEIVED, stored.getStatus()),
                    () -> assertEquals(InquiryChannel.API, stored.getChannel()),
                    () -> assertEquals(
                            currentNotice, stored.getConsent().getNotice().getVersion()),
                    () -> assertTrue(stored.getConsent().isMarketingConsent()),
                    () -> assertEquals("127.0.0.1", stored.getConsent().getClientAddress()),
                    () -> assertEquals(
                            stored.getReceivedAt(), stored.getConsent().getAgreedAt()));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void koreanNumbersOfEveryKindAreAcceptedAndStoredInOneForm() throws Exception {
        Map<String, String> formats = Map.ofEntries(
                Map.entry("010-1234-5678", "010-1234-5678"),
                Map.entry("01012345678", "010-1234-5678"),
                Map.entry("+82 10 1234 5678", "010-1234-5678"),
                Map.entry("+82-10-1234-5678", "010-1234-5678"),
                Map.entry("031-613-3060", "031-613-3060"),
                Map.entry("0316133060", "031-613-3060"),
                Map.entry("02-123-4567", "02-123-4567"),
                Map.entry("1588-1234", "1588-1234"),
                Map.entry("0505 123 4567", "0505-123-4567"),
                Map.entry("0507.1234.5678", "0507-1234-5678"),
                Map.entry("0801234567", "080-123-4567"));
        for (Map.Entry<String, String> format : formats.entrySet()) {
            Http.Reply reply = http.postJson(ENDPOINT, Requests.validInquiry(b -> b.add("phone", format.getKey())));
            assertEquals(201, reply.status(), () -> format.getKey() + " → " + reply);
            long id = Requests.json(reply.body()).getJsonNumber("id").longValue();
            assertEquals(format.getValue(), inquiries.find(id).orElseThrow().getPhone(), format.getKey());
        }
    }

    @Test
    void eachInvalidFieldIsRefusedByNameAndNothingIsStored() {
        Map<String, Consumer<JsonObjectBuilder>> broken = new LinkedHashMap<>();
        broken.put("name", b -> b.add("name", "  "));
        broken.put("name ", b -> b.add("name", "가".repeat(51)));
        broken.put("name  ", b -> b.add("name", 42));
        broken.put("company", b -> b.add("company", "회".repeat(101)));
        broken.put("phone", b -> b.add("phone", "12345"));
        broken.put("phone ", b -> b.add("phone", "010-1234-567a"));
        broken.put("phone  ", b -> b.remove("phone"));
        broken.put("email", b -> b.add("email", "kim@example"));
        broken.put("email ", b -> b.add("email", "not an address"));
        broken.put("email  ", b -> b.addNull("email"));
        broken.put("topic", b -> b.add("topic", "WEATHER"));
        broken.put("preferredTime", b -> b.add("preferredTime", "MIDNIGHT"));
        broken.put("message", b -> b.add("message", ""));
        broken.put("message ", b -> b.add("message", "가".repeat(2001)));
        broken.put("privacyConsent", b -> b.add("privacyConsent", false));
        broken.put("privacyConsent ", b -> b.remove("privacyConsent"));
        broken.put("privacyConsent  ", b -> b.add("privacyConsent", "yes"));
        broken.put("marketingConsent", b -> b.add("marketingConsent", 1));
        broken.put("nickname", b -> b.add("nickname", "unknown fields are refused"));

        long before = inquiries.count();
        broken.forEach((field, breakIt) -> {
            Http.Reply reply = http.postJson(ENDPOINT, Requests.validInquiry(breakIt));
            assertEquals(400, reply.status(), () -> field + " → " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply::contentType);
            JsonArray errors = Requests.json(reply.body()).getJsonArray("errors");
            assertTrue(
                    errors.getValuesAs(JsonObject.class).stream()
                            .anyMatch(e -> e.getString("field").equals(field.strip())
                                    && !e.getString("message").isBlank()),
                    () -> "expected an error for " + field.strip() + ": " + reply.body());
            assertTrue(reply.body().matches("(?s).*[가-힣].*"), "messages are in Korean");
        });
        assertEquals(before, inquiries.count(), "nothing is stored for a rejected request");
    }

    @Test
    void aClientThatAsksForEnglishIsRefusedInEnglish() {
        String invalid = Requests.validInquiry(
                b -> b.add("phone", "12345").add("privacyConsent", false).add("topic", "WEATHER"));
        long before = inquiries.count();

        Http.Reply english = http.sendWithHeaders(
                "POST",
                ENDPOINT,
                invalid.getBytes(StandardCharsets.UTF_8),
                List.of("Content-Type", "application/json", "Accept-Language", "en-GB,en;q=0.9,ko;q=0.5"));
        assertEquals(400, english.status(), english::toString);
        assertTrue(english.contentType().startsWith("application/problem+json"), english::contentType);
        JsonObject problem = Requests.json(english.body());
        assertEquals("Please check your input.", problem.getString("title"));
        Map<String, String> messages = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(
                "This is not a Korean phone number we can call. For example: 010-1234-5678, 031-613-3060",
                messages.get("phone"));
        assertTrue(
                messages.get("privacyConsent").startsWith("We can only take your request once you agree"),
                messages::toString);
        assertTrue(messages.get("topic").startsWith("Must be one of: LOCATION, "), messages::toString);
        assertFalse(english.body().matches("(?s).*[가-힣].*"), english::body);

        Http.Reply korean = http.postJson(ENDPOINT, invalid);
        JsonObject koreanProblem = Requests.json(korean.body());
        assertEquals("입력값을 확인해 주세요.", koreanProblem.getString("title"), "Korean without Accept-Language");
        assertTrue(korean.body().contains("전화번호 형식이 올바르지 않습니다."), korean::body);
        assertEquals(before, inquiries.count());

        Http.Reply unreadable = http.sendWithHeaders(
                "POST",
                ENDPOINT,
                "{\"name\":".getBytes(StandardCharsets.UTF_8),
                List.of("Content-Type", "application/json", "Accept-Language", "en"));
        assertEquals(400, unreadable.status(), unreadable::toString);
        assertEquals(
                "The request could not be read.",
                Requests.json(unreadable.body()).getString("title"));
        assertEquals(
                "The request body is not valid JSON.",
                Requests.json(unreadable.body()).getString("detail"));
        assertEquals(
                "Not found.",
                Requests.json(http.get("/api/nowhere", "Accept-Language", "en").body())
                        .getString("title"));
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreRefused() {
        long before = inquiries.count();
        for (byte[] body : new byte[][] {
            "not json".getBytes(StandardCharsets.UTF_8),
            "[1, 2]".getBytes(StandardCharsets.UTF_8),
            "".getBytes(StandardCharsets.UTF_8),
            {'{', '"', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}
        }) {
            Http.Reply reply = http.post(ENDPOINT, "application/json", body);
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.contentType());
            assertEquals(400, Requests.json(reply.body()).getInt("status"));
        }
        assertEquals(before, inquiries.count());
    }

    @Test
    void otherMediaTypesAreRefusedWith415() {
        long before = inquiries.count();
        byte[] form = "name=kim&phone=010-1234-5678".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "application/xml", null}) {
            Http.Reply reply = http.post(ENDPOINT, type, form);
            assertEquals(415, reply.status(), () -> type + " → " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
        assertEquals(before, inquiries.count());
    }

    @Test
    void bodiesOver64KiBAreRefusedWith413() {
        long before = inquiries.count();
        String huge = Requests.validInquiry(b -> b.add("message", "가".repeat(30_000)));
        assertTrue(huge.getBytes(StandardCharsets.UTF_8).length > 64 * 1024);

        Http.Reply reply = http.postJson(ENDPOINT, huge);

        assertEquals(413, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(before, inquiries.count());
    }

    @Test
    void readingInquiriesNeedsAStaffLogin() {
        assertEquals(401, http.get(ENDPOINT).status());
        assertEquals(401, http.get(ENDPOINT + "/1").status());
    }
}
