package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A visitor fills in the consultation forms (the /consult page and the short form under an article). */
@ExtendWith(ArquillianExtension.class)
class ConsultFormIT {

    private static final Pattern RECEIPT = Pattern.compile("접수번호\\s*(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    InquiryRepository inquiries;

    private final Http visitor = new Http();

    @Test
    void theFormExplainsTheConsentAndLeavesItUnticked() {
        Document page = visitor.get("/consult").html();

        Element notice = page.getElementById("consent-notice");
        assertNotNull(notice, "the 개인정보 수집·이용 안내 is on the page");
        for (String item : new String[] {"수집·이용 목적", "수집 항목", "보유·이용 기간", "동의 거부 권리"}) {
            assertTrue(notice.text().contains(item), item);
        }
        Element consent = page.getElementById("consult:privacyConsent");
        assertEquals("checkbox", consent.attr("type"));
        assertFalse(consent.hasAttr("checked"), "consent is never pre-ticked");
        assertNotNull(page.selectFirst("label[for=consult:privacyConsent]"));
        assertEquals(
                InquiryTopic.values().length + 1,
                page.select("#consult\\:topic option").size(),
                "a placeholder and the topics");
    }

    @Test
    void aCompleteFormIsStoredAndConfirmedInKorean() {
        Document page = visitor.get("/consult").html();
        Map<String, String> form = Forms.submission(
                page,
                "consult",
                Map.of(
                        "consult:name", "김부장",
                        "consult:company", "남동정밀",
                        "consult:phone", "01098765432",
                        "consult:email", "manager@namdong.example.kr",
                        "consult:topic", "RESTRUCTURING",
                        "consult:preferredTime", "WEEKDAY_AFTERNOON",
                        "consult:message", "구조고도화 사업에 참여하려면 무엇을 준비해야 하나요?",
                        "consult:privacyConsent", "on"));

        Http.Reply sent = visitor.postForm(Forms.action(page, "consult"), form);

        assertEquals(302, sent.status(), sent::toString);
        assertTrue(sent.header("Location").orElseThrow().endsWith("/consult/received"));
        Http.Reply confirmation = visitor.get(sent.header("Location").orElseThrow());
        assertEquals(200, confirmation.status());
        String text = confirmation.html().text();
        assertTrue(text.contains("상담 신청이 접수되었습니다"), text);
        Matcher receipt = RECEIPT.matcher(text);
        assertTrue(receipt.find(), "the confirmation shows the receipt number: " + text);

        Inquiry stored = inquiries.find(Long.parseLong(receipt.group(1))).orElseThrow();
        assertEquals("김부장", stored.getName());
        assertEquals("010-9876-5432", stored.getPhone());
        assertEquals(ContactTime.WEEKDAY_AFTERNOON, stored.getPreferredTime());
        assertEquals(InquiryTopic.RESTRUCTURING, stored.getTopic());
        assertEquals(InquiryChannel.CONSULT_PAGE, stored.getChannel());
        assertFalse(stored.getConsent().isMarketingConsent());
    }

    @Test
    void mistakesAreExplainedNextToTheirFieldsAndNothingIsStored() {
        long before = inquiries.count();
        Document page = visitor.get("/consult").html();
        Map<String, String> form = Forms.submission(
                page,
                "consult",
                Map.of(
                        "consult:name", "김부장",
                        "consult:phone", "12-34",
                        "consult:email", "manager@namdong.example.kr",
                        "consult:message", "상담 부탁드립니다."));

        Http.Reply reply = visitor.postForm(Forms.action(page, "consult"), form);

        assertEquals(200, reply.status(), reply::toString);
        Document again = reply.html();
        assertTrue(again.select(".field-error").text().contains("전화번호 형식이 올바르지 않습니다"), again.text());
        assertTrue(again.select(".field-error").text().contains("개인정보 수집·이용에 동의하셔야"), again.text());
        assertEquals("김부장", again.getElementById("consult:name").val(), "what was typed is kept");
        assertEquals(before, inquiries.count());
    }

    @Test
    void aVisitorOfTheEnglishPagesReadsTheMistakesInEnglish() {
        long before = inquiries.count();
        Document page = visitor.get("/consult?lang=en").html();
        Map<String, String> form = Forms.submission(
                page,
                "consult",
                Map.of(
                        "consult:name", "Kim",
                        "consult:phone", "12-34",
                        "consult:email", "manager@namdong.example.kr",
                        "consult:message", "Please call me about the restructuring programme."));

        Http.Reply reply = visitor.postForm(Forms.action(page, "consult"), form);

        assertEquals(200, reply.status(), reply::toString);
        Document again = reply.html();
        assertEquals("en", again.selectFirst("html").attr("lang"));
        String errors = again.select(".field-error").text();
        assertTrue(errors.contains("This is not a Korean phone number we can call."), errors);
        assertTrue(errors.contains("We can only take your request once you agree"), errors);
        assertFalse(errors.matches("(?s).*[가-힣].*"), errors);
        assertTrue(again.text().contains("Please check what you entered."), again.text());

        Map<String, String> unlisted = Forms.submission(again, "consult", Map.of("consult:topic", "WEATHER"));
        Document refused =
                visitor.postForm(Forms.action(again, "consult"), unlisted).html();
        assertEquals(
                "Please choose an item from the list.",
                refused.select(".field-error").text(),
                "Faces' own messages in English too");

        Http korean = new Http();
        Document koreanPage = korean.get("/consult").html();
        Document koreanRefusal = korean.postForm(
                        Forms.action(koreanPage, "consult"),
                        Forms.submission(koreanPage, "consult", Map.of("consult:topic", "WEATHER")))
                .html();
        assertEquals("목록에 있는 항목을 골라 주세요.", koreanRefusal.select(".field-error").text(), "and in Korean as before");
        assertEquals(before, inquiries.count());
    }

    @Test
    void theShortFormUnderAnArticleSendsARequestAboutThatArticle() {
        JsonObject first = Json.createReader(
                        new StringReader(visitor.get("/api/news?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0);
        String path = first.getString("path");
        Document article = visitor.get(path).html();
        Map<String, String> form = Forms.submission(
                article,
                "quick",
                Map.of(
                        "quick:name", "이대리",
                        "quick:phone", "031-613-3060",
                        "quick:email", "lee@example.co.kr",
                        "quick:message", "기사에 나온 사업에 대해 상담받고 싶습니다.",
                        "quick:privacyConsent", "on"));

        Http.Reply sent = visitor.postForm(Forms.action(article, "quick"), form);

        assertEquals(302, sent.status(), sent::toString);
        Matcher receipt = RECEIPT.matcher(
                visitor.get(sent.header("Location").orElseThrow()).html().text());
        assertTrue(receipt.find());
        Inquiry stored = inquiries.find(Long.parseLong(receipt.group(1))).orElseThrow();
        assertEquals(InquiryChannel.ARTICLE_FORM, stored.getChannel());
        assertEquals(first.getJsonNumber("id").longValue(), stored.getNewsPostId());
        assertEquals("031-613-3060", stored.getPhone());
    }

    @Test
    void anExpiredFormGetsAFriendlyPageNotAStackTrace() {
        visitor.get("/consult");
        Http.Reply reply = visitor.postForm(
                "/consult", Map.of("consult", "consult", "jakarta.faces.ViewState", "-123:456", "consult:submit", "x"));

        assertEquals(400, reply.status(), "a request that cannot be taken, not a server error");
        String text = reply.html().text();
        assertTrue(text.contains("입력 화면이 만료되었습니다"), reply::toString);
        assertEquals("/consult", reply.html().selectFirst(".error-actions a").attr("href"), "back to the form");
        Http.assertNoInternals(reply);
    }
}
