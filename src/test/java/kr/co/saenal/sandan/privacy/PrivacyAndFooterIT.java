package kr.co.saenal.sandan.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.site.BusinessDetails;
import kr.co.saenal.sandan.site.BusinessDetailsService;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.PolicyDates;
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
 * The privacy texts as a new visitor reads them (the consent notice and the form agreeing, correct particles, the
 * processors and the privacy officer, the English rendering), the policy's versions as an administrator keeps them,
 * and the business details in the footer.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyAndFooterIT {

    private static final String PRIVACY_ADMIN = "/admin/system/privacy";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    PrivacyPolicies policies;

    @Inject
    SiteSettingsService settings;

    @Inject
    BusinessDetailsService business;

    @Inject
    PolicyDates dates;

    private final Http admin = new Http();

    private void logInAsAdministrator() {
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
    }

    // --- the consent notice, the form and the rules agree -------------------------------------------------------

    @Test
    void theNoticeTheFormAndTheRulesAllRequireTheQuestion() {
        Document page = new Http().get("/consult").html();
        String items = page.getElementById("consent-notice")
                .selectFirst(".consent-binding .consent-items")
                .text();
        String required = items.substring(items.indexOf("필수:"), items.indexOf("선택:"));
        String optional = items.substring(items.indexOf("선택:"));
        for (String field : List.of("이름", "전화번호", "이메일", "문의 내용")) {
            assertTrue(required.contains(field), () -> field + " is required by the notice: " + items);
        }
        assertFalse(optional.contains("문의 내용"), items);
        for (String field : List.of("회사명", "상담 분야", "희망 상담 시간")) {
            assertTrue(optional.contains(field), () -> field + " is optional in the notice: " + items);
        }
        // the form marks the question required, as it does the name, phone and e-mail
        for (String id : List.of("name", "phone", "email", "message")) {
            assertEquals("true", page.getElementById("consult:" + id).attr("aria-required"), id);
            assertNotNull(page.selectFirst("label[for=consult:" + id + "] .req"), id);
        }
        assertEquals("", page.getElementById("consult:company").attr("aria-required"));
        // and the rules refuse a request without one, on the page and in the API
        Http visitor = new Http();
        Document form = visitor.get("/consult").html();
        Http.Reply refused = visitor.postForm(
                Forms.action(form, "consult"),
                Forms.submission(
                        form,
                        "consult",
                        Map.of(
                                "consult:name", "김부장",
                                "consult:phone", "01098765432",
                                "consult:email", "manager@namdong.example.kr",
                                "consult:message", "",
                                "consult:privacyConsent", "on")));
        assertEquals(200, refused.status());
        assertTrue(
                refused.html().select(".field-error").text().contains("문의 내용을 입력해 주세요"),
                refused.html().select(".field-error").text());
        Http.Reply api = new Http().postJson("/api/inquiries", Requests.validInquiry(b -> b.add("message", "")));
        assertEquals(400, api.status());
        JsonObject problem = Requests.json(api.body());
        assertEquals("message", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theCompanyNameTakesTheRightParticleNeverATemplateOne() {
        SiteSettings before = settings.current();
        try {
            for (String[] name : new String[][] {{"새날드림", "새날드림은"}, {"한빛누리", "한빛누리는"}}) {
                settings.change(withCompanyName(before, name[0]), "test");
                Document consult = new Http().get("/consult").html();
                assertTrue(consult.getElementById("consent-notice").text().contains(name[1] + " 상담 요청에"), name[1]);
                Document privacy = new Http().get("/privacy").html();
                assertTrue(
                        privacy.selectFirst(".policy-text p").text().startsWith(name[0] + "(이하 ‘회사’)는 "),
                        privacy.selectFirst(".policy-text p").text());
                for (Document page : List.of(consult, privacy)) {
                    assertFalse(page.text().contains("은(는)"), "no template particle");
                    assertFalse(page.text().contains("이(가)"), "no template particle");
                }
            }
        } finally {
            settings.change(before, "test cleanup");
        }
    }

    @Test
    void underTheEnglishChromeTheEnglishRenderingStandsBesideTheBindingKorean() {
        Http visitor = new Http();
        visitor.get("/?lang=en");
        Document page = visitor.get("/consult").html();
        Element notice = page.getElementById("consent-notice");
        Element korean = notice.selectFirst(".consent-binding");
        Element english = notice.selectFirst(".consent-english");
        assertEquals("ko", korean.attr("lang"));
        assertTrue(korean.text().contains("binding"), korean.text());
        assertTrue(korean.selectFirst(".consent-items").text().contains("문의 내용"));
        assertNotNull(english, "the English rendering is there");
        assertEquals("en", english.attr("lang"));
        assertTrue(english.text().contains("for your information"), english.text());
        String items = english.selectFirst(".consent-items").text();
        assertTrue(items.startsWith("Required:") && items.indexOf("your question") < items.indexOf("Optional:"), items);
        assertTrue(page.selectFirst("label[for=consult:privacyConsent]").text().contains("the Korean text is binding"));
        // in Korean the notice stays Korean only
        Document korean1 = new Http().get("/consult").html();
        assertNull(korean1.selectFirst(".consent-english"));
    }

    // --- the policy names its processors and privacy officer -----------------------------------------------------

    @Test
    void thePolicyNamesTheProcessorsAndThePrivacyOfficerFromTheSettings() {
        Document privacy = new Http().get("/privacy").html();
        Element processors = privacy.getElementById("processors-table");
        assertNotNull(processors, "제3자 제공과 처리 위탁 names the processors");
        List<String> names = processors.select("tbody td:first-child").eachText();
        assertEquals(3, names.size(), names::toString);
        assertTrue(processors.text().contains("호스팅"), processors.text());
        assertTrue(processors.text().contains("메일"), processors.text());
        assertTrue(processors.text().contains("문자"), processors.text());
        Element officer = privacy.getElementById("privacy-officer");
        assertTrue(officer.text().contains("박지원"), officer.text());
        assertTrue(officer.text().contains("경영지원팀"), officer.text());
        assertEquals(
                "mailto:privacy@saenal.example",
                officer.selectFirst("a[href^=mailto]").attr("href"));
        assertEquals("tel:0316133060", officer.selectFirst("a[href^=tel]").attr("href"));

        logInAsAdministrator();
        Http.Reply refused = BackOffice.submit(
                admin,
                PRIVACY_ADMIN,
                "contacts",
                Map.of("contacts:officerEmail", "not-an-address", "contacts:processors", "업체만 있고 업무가 없음"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("이메일 주소 형식이 올바르지 않습니다"), messages);
        assertTrue(messages.contains("1번째 줄을 \"수탁자 | 위탁하는 업무\" 꼴로"), messages);
        assertTrue(new Http()
                .get("/privacy")
                .html()
                .getElementById("privacy-officer")
                .text()
                .contains("privacy@saenal.example"));

        Http.Reply saved = BackOffice.submit(
                admin,
                PRIVACY_ADMIN,
                "contacts",
                Map.of(
                        "contacts:officerName",
                        "이보호",
                        "contacts:processors",
                        "네이버클라우드 주식회사 | 서버 운영(호스팅)\n주식회사 알림샘|문자 발송"));
        assertTrue(BackOffice.messages(saved).contains("저장했습니다"), BackOffice.messages(saved));
        try {
            Document after = new Http().get("/privacy").html();
            assertTrue(after.getElementById("privacy-officer").text().contains("이보호"));
            assertEquals(
                    List.of("네이버클라우드 주식회사", "주식회사 알림샘"),
                    after.select("#processors-table tbody td:first-child").eachText());
        } finally {
            BackOffice.submit(
                    admin,
                    PRIVACY_ADMIN,
                    "contacts",
                    Map.of(
                            "contacts:officerName",
                            "박지원",
                            "contacts:processors",
                            "네이버클라우드 주식회사 | 웹사이트와 데이터베이스 서버 운영(호스팅)\n"
                                    + "엔에이치엔클라우드 주식회사 | 상담 신청 접수 확인 메일 발송\n"
                                    + "주식회사 비즈엠 | 상담 일정 안내 문자(SMS·알림톡) 발송"));
        }
    }

    // --- versions ------------------------------------------------------------------------------------------------

    @Test
    void thePolicyInForceIsShownEarlierOnesLinkedAndAScheduledOneWaitsForItsDay() {
        LocalDate today = policies.today();
        LocalDate installed = dates.firstEffectiveDate();
        dates.shift(-30); // version 1 took effect a month ago
        try {
            logInAsAdministrator();
            int next = startDraft();
            // saved with today's date: in force at once
            Http.Reply saved = saveVersion(next, today.toString(), "오늘부터 시행하는 방침");
            assertEquals(302, saved.status(), saved::toString);
            Document privacy = new Http().get("/privacy").html();
            assertEquals(
                    "제" + next + "판", privacy.selectFirst(".policy-version").text());
            assertTrue(privacy.text().contains("오늘부터 시행하는 방침"));
            Element earlier = privacy.selectFirst(".policy-versions a[href$=/privacy/versions/1]");
            assertNotNull(earlier, "the earlier version is linked");
            Document first = new Http().get("/privacy/versions/1").html();
            assertEquals("제1판", first.selectFirst(".policy-version").text());
            assertNotNull(first.selectFirst(".policy-superseded"), "it says it is not the one in force");
            assertFalse(first.text().contains("오늘부터 시행하는 방침"));

            // the version in force is not editable: the page shows its text, the service refuses a change
            Document inForce = admin.get(PRIVACY_ADMIN + "?version=" + next).html();
            assertNull(inForce.getElementById("policy:body"), "no form for a version in force");
            assertNotNull(inForce.getElementById("read-only-note"));
            int version = next;
            RuleViolationException refusal = assertThrows(
                    RuleViolationException.class,
                    () -> policies.revise(version, "고친 내용 [[처리위탁]] [[보호책임자]]", null, 0, "test"));
            assertTrue(refusal.errors().get(0).message().contains("이미 시행되어 고칠 수 없습니다"));

            // a version scheduled for tomorrow is not shown until its day
            int scheduled = startDraft();
            assertEquals(
                    302,
                    saveVersion(scheduled, today.plusDays(1).toString(), "내일부터 시행하는 방침")
                            .status());
            Document stillToday = new Http().get("/privacy").html();
            assertEquals(
                    "제" + next + "판", stillToday.selectFirst(".policy-version").text());
            assertFalse(stillToday.text().contains("내일부터 시행하는 방침"));
            assertEquals(404, new Http().get("/privacy/versions/" + scheduled).status());
            assertEquals(404, new Http().get("/privacy/versions/999").status());
            assertEquals(404, new Http().get("/privacy/elsewhere").status());
            // a date in the past or not after the one in force is refused in Korean
            Http.Reply past = saveVersion(scheduled, today.minusDays(1).toString(), "어제");
            assertTrue(BackOffice.messages(past).contains("시행일은 오늘"), BackOffice.messages(past));
            Http.Reply noPlaceholders = BackOffice.submit(
                    admin, PRIVACY_ADMIN + "?version=" + scheduled, "policy", Map.of("policy:body", "처리위탁 없음"));
            assertTrue(BackOffice.messages(noPlaceholders).contains("제30조"), BackOffice.messages(noPlaceholders));

            dates.shift(-1); // a day passes
            Document tomorrow = new Http().get("/privacy").html();
            assertEquals(
                    "제" + scheduled + "판",
                    tomorrow.selectFirst(".policy-version").text());
            assertTrue(tomorrow.text().contains("내일부터 시행하는 방침"));
            assertEquals(
                    2,
                    tomorrow.select(".policy-versions a[href*=/privacy/versions/]")
                            .size(),
                    "both earlier ones");
        } finally {
            dates.reset(installed);
        }
    }

    private int startDraft() {
        Http.Reply started = BackOffice.submit(admin, PRIVACY_ADMIN, "versionsForm", Map.of());
        assertEquals(302, started.status(), started::toString);
        String location = started.header("Location").orElseThrow();
        return Integer.parseInt(location.substring(location.indexOf("version=") + "version=".length()));
    }

    private Http.Reply saveVersion(int version, String effectiveOn, String firstLine) {
        Document page = admin.get(PRIVACY_ADMIN + "?version=" + version).html();
        String body = page.getElementById("policy:body").text();
        return BackOffice.submit(
                admin,
                page,
                "policy",
                Map.of("policy:effectiveOn", effectiveOn, "policy:body", firstLine + "\n\n" + body));
    }

    // --- footer ---------------------------------------------------------------------------------------------------

    @Test
    void theFooterShowsTheBusinessDetailsFromTheSettingsAndTheNumberIsChecked() {
        Element footer = new Http().get("/news").html().selectFirst(".footer-business");
        assertNotNull(footer);
        SiteSettings site = settings.current();
        assertTrue(footer.text().contains("상호 " + site.companyName()), footer.text());
        assertTrue(footer.text().contains("대표자 김새날"), footer.text());
        assertTrue(footer.text().contains("사업자등록번호 124-81-35672"), footer.text());
        assertTrue(footer.text().contains("주소 경기도 시흥시"), footer.text());

        BusinessDetails before = business.current();
        logInAsAdministrator();
        try {
            Http.Reply wrongDigit = BackOffice.submit(
                    admin,
                    "/admin/system/settings",
                    "business",
                    Map.of("business:registrationNumber", "124-81-35671", "business:representative", "이대표"));
            assertTrue(BackOffice.messages(wrongDigit).contains("검증 번호"), BackOffice.messages(wrongDigit));
            Http.Reply wrongShape = BackOffice.submit(
                    admin, "/admin/system/settings", "business", Map.of("business:registrationNumber", "12-345"));
            assertTrue(BackOffice.messages(wrongShape).contains("###-##-#####"), BackOffice.messages(wrongShape));
            assertEquals(before, business.current(), "nothing was stored");

            Http.Reply saved = BackOffice.submit(
                    admin,
                    "/admin/system/settings",
                    "business",
                    Map.of(
                            "business:representative", "이대표",
                            "business:registrationNumber", "2208162517",
                            "business:address", "인천광역시 남동구 남동대로 1"));
            assertTrue(BackOffice.messages(saved).contains("저장했습니다"), BackOffice.messages(saved));
            assertEquals(
                    "220-81-62517",
                    saved.html().getElementById("business:registrationNumber").val());
            Element after = new Http().get("/").html().selectFirst(".footer-business");
            assertTrue(after.text().contains("대표자 이대표"), after.text());
            assertTrue(after.text().contains("220-81-62517"), after.text());
            assertTrue(after.text().contains("인천광역시 남동구"), after.text());
        } finally {
            business.change(before, "test cleanup");
        }
    }

    @Test
    void theCompanyHasOneNameAcrossTheSite() {
        String name = settings.current().companyName();
        Http visitor = new Http();
        Http.Reply article = visitor.get("/news/1");
        Document page = article.status() == 301 || article.status() == 302
                ? visitor.get(article.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                        .html()
                : article.html();
        assertTrue(page.select(".article").text().contains(name + " 편집팀"), "the demo byline names the company");
        assertFalse(page.text().contains("산단정보 편집팀"));
        String jsonLd = page.getElementById("news-article-data").data();
        assertTrue(jsonLd.contains("\"name\":\"" + name + "\""), jsonLd);
        assertTrue(new Http().get("/login").html().text().contains(name + " 직원"));
        assertTrue(new Http().get("/feed.xml").body().contains("<name>" + name + "</name>"));
    }

    private static SiteSettings withCompanyName(SiteSettings s, String name) {
        return new SiteSettings(
                name, s.companyNameLatin(), s.phone(), s.hours(), s.email(), s.kakaoOpenChatUrl(), s.tagline());
    }
}
