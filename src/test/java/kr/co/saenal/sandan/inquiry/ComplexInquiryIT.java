package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consultation about a complex: {@code /consult?complex=ID} (the button on a complex's page) and the API's
 * {@code complexId}; the request keeps the complex, and consultants see it in the back office, the API and the
 * exports. The complexes are the demo's import of KICOX's workbook.
 */
@ExtendWith(ArquillianExtension.class)
class ComplexInquiryIT {

    private static final Pattern RECEIPT = Pattern.compile("접수번호\\s*(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexDirectory complexes;

    @Inject
    InquiryRepository inquiries;

    private final Http visitor = new Http();

    private ComplexPick namdong() {
        return complexes.find("남동", 20).stream()
                .filter(c -> c.name().equals("남동[재생사업지구]"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's import has 남동[재생사업지구]"));
    }

    @Test
    void theFormOpenedFromAComplexShowsItAndTheRequestKeepsItForTheConsultant() {
        ComplexPick complex = namdong();
        Document page = visitor.get("/consult?complex=" + complex.id()).html();

        Element about = page.selectFirst(".consult-complex");
        assertNotNull(about, page.body().html());
        assertEquals("문의 산업단지: 남동[재생사업지구] (인천 남동구)", about.selectFirst("p").text());
        assertTrue(about.selectFirst("a").attr("href").endsWith(complex.path()), about.outerHtml());
        assertNotNull(about.getElementById("forgetComplex"), "the visitor can take it away");

        Http.Reply sent = visitor.postForm(Forms.action(page, "consult"), Forms.submission(page, "consult", filled()));
        long id = received(sent);

        Inquiry stored = inquiries.find(id).orElseThrow();
        assertEquals(complex.id(), stored.getComplexId());
        assertEquals("남동[재생사업지구] (인천 남동구)", stored.getComplexName());
        assertEquals(InquiryChannel.CONSULT_PAGE, stored.getChannel());

        Http consultant = loggedIn();
        Document details = consultant.get("/admin/inquiry?id=" + id).html();
        Element line = details.getElementById("detail-complex");
        assertNotNull(line, details.body().html());
        assertEquals("남동[재생사업지구] (인천 남동구)", line.selectFirst("a").text());
        assertTrue(line.selectFirst("a").attr("href").endsWith(complex.path()), line.outerHtml());
    }

    @Test
    void theVisitorMayRemoveTheComplex() {
        ComplexPick complex = namdong();
        Document page = visitor.get("/consult?complex=" + complex.id()).html();

        Element remove = page.getElementById("forgetComplex");
        assertEquals("지우기", remove.text());
        assertEquals("문의 산업단지 지우기", remove.attr("aria-label"));
        Document without = visitor.get(remove.attr("href")).html();

        assertNull(without.selectFirst(".consult-complex"), without.body().html());
        long id = received(
                visitor.postForm(Forms.action(without, "consult"), Forms.submission(without, "consult", filled())));
        assertNull(inquiries.find(id).orElseThrow().getComplexId());
    }

    @Test
    void anUnknownOrMalformedComplexIsIgnoredCalmly() {
        for (String value : List.of("abc", "0", "-5", "999999999", "99999999999999999999", "1.5", "", "%F0")) {
            Http.Reply reply = visitor.get("/consult?complex=" + value);
            assertEquals(200, reply.status(), () -> value + ": " + reply);
            assertNull(reply.html().selectFirst(".consult-complex"), value);
            assertNotNull(reply.html().getElementById("consult:name"), "the form as usual: " + value);
        }
    }

    @Test
    void theApiTakesTheComplexAndGivesItBackToStaff() {
        ComplexPick complex = namdong();
        Http.Reply created =
                visitor.postJson("/api/inquiries", Requests.validInquiry(b -> b.add("complexId", complex.id())));
        assertEquals(201, created.status(), created::toString);
        long id = Requests.json(created.body()).getJsonNumber("id").longValue();

        Http.Reply details =
                new Http().get("/api/inquiries/" + id, "Authorization", Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD));

        assertEquals(200, details.status(), details::toString);
        JsonObject about = Requests.json(details.body()).getJsonObject("complex");
        assertEquals(complex.id(), about.getJsonNumber("id").longValue());
        assertEquals("남동[재생사업지구] (인천 남동구)", about.getString("name"));
        assertEquals(InquiryChannel.API, inquiries.find(id).orElseThrow().getChannel());
    }

    @Test
    void theApiRefusesAComplexThatDoesNotExistNamingTheFieldInTheClientsLanguage() {
        long before = inquiries.count();
        String unknown = Requests.validInquiry(b -> b.add("complexId", 987_654_321L));

        Http.Reply korean = visitor.postJson("/api/inquiries", unknown);
        assertEquals(400, korean.status(), korean::toString);
        assertTrue(korean.contentType().startsWith("application/problem+json"), korean::contentType);
        assertEquals(
                "번호가 987654321인 산업단지가 없습니다. 산업단지 목록(/complexes)이나 GET /api/complexes에서 번호를 확인해 주세요.",
                messages(korean).get("complexId"));

        Http.Reply english = visitor.sendWithHeaders(
                "POST",
                "/api/inquiries",
                unknown.getBytes(StandardCharsets.UTF_8),
                List.of("Content-Type", "application/json", "Accept-Language", "en"));
        assertEquals(400, english.status(), english::toString);
        assertTrue(messages(english).get("complexId").startsWith("There is no industrial complex numbered 987654321"));

        for (String wrong : List.of("\"812\"", "1.5", "0", "-3", "true", "99999999999999999999")) {
            Http.Reply reply = visitor.postJson(
                    "/api/inquiries",
                    Requests.validInquiry(b -> {}).replaceFirst("\\{", "{\"complexId\":" + wrong + ","));
            assertEquals(400, reply.status(), () -> wrong + ": " + reply);
            assertEquals("1 이상의 정수(산업단지 번호)여야 합니다.", messages(reply).get("complexId"), wrong);
        }
        assertEquals(before, inquiries.count(), "nothing stored");
    }

    @Test
    void theExportHasTheComplex() {
        ComplexPick complex = namdong();
        Http.Reply created = visitor.postJson(
                "/api/inquiries",
                Requests.validInquiry(
                        b -> b.add("name", "단지내보내기").add("company", "단지출력정밀").add("complexId", complex.id())));
        assertEquals(201, created.status(), created::toString);
        Http consultant = loggedIn();
        Document page = consultant.get("/admin/inquiries").html();
        Http.Reply searched = consultant.postForm(
                Forms.action(page, "inquiries"), Forms.submission(page, "inquiries", Map.of("inquiries:q", "단지출력정밀")));
        Document list = searched.html();

        Http.Reply file = consultant.postForm(
                Forms.action(list, "export"),
                Forms.submission(list, "export", Map.of("export:reason", "산업단지별 상담 현황 정리", "export:format", "CSV")));

        assertEquals(200, file.status(), file::toString);
        String csv = new String(file.bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",내용,산업단지,상태,"), csv);
        assertTrue(csv.contains(",남동[재생사업지구] (인천 남동구),접수,"), csv);
    }

    private static Map<String, String> filled() {
        return Map.of(
                "consult:name", "단지상담",
                "consult:phone", "010-3131-4242",
                "consult:email", "complex@namdong.example.kr",
                "consult:message", "남동 재생사업지구 입주 조건이 궁금합니다.",
                "consult:privacyConsent", "on");
    }

    private long received(Http.Reply sent) {
        assertEquals(302, sent.status(), sent::toString);
        String text = visitor.get(sent.header("Location").orElseThrow()).html().text();
        Matcher receipt = RECEIPT.matcher(text);
        assertTrue(receipt.find(), text);
        return Long.parseLong(receipt.group(1));
    }

    private static Map<String, String> messages(Http.Reply problem) {
        return Requests.json(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static Http loggedIn() {
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        return consultant;
    }
}
