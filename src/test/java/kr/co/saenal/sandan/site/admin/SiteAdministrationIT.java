package kr.co.saenal.sandan.site.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeRepository;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;
import kr.co.saenal.sandan.site.WebmasterSettings;
import kr.co.saenal.sandan.site.WebmasterTools;
import kr.co.saenal.sandan.testsupport.BackOffice;
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

/** An administrator edits the company's details and publishes consent notice versions; the public pages follow at once. */
@ExtendWith(ArquillianExtension.class)
class SiteAdministrationIT {

    private static final String SETTINGS = "/admin/system/settings";
    private static final String CONSENT = "/admin/system/consent";
    private static final Pattern RECEIPT = Pattern.compile("접수번호\\s*(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    SiteSettingsService settings;

    @Inject
    ConsentNoticeRepository notices;

    @Inject
    WebmasterTools webmaster;

    @Inject
    InquiryRepository inquiries;

    @Inject
    UserTransaction transaction;

    private final Http admin = new Http();

    private void logInAsAdministrator() {
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
    }

    @Test
    void changedSettingsShowOnThePublicPagesAtOnce() {
        SiteSettings before = settings.current();
        logInAsAdministrator();
        try {
            Http.Reply saved = BackOffice.submit(
                    admin,
                    SETTINGS,
                    "settings",
                    Map.of(
                            "settings:companyName", "새날드림컨설팅",
                            "settings:phone", "025550101",
                            "settings:hours", "평일 08:30~17:30",
                            "settings:kakaoOpenChatUrl", "https://open.kakao.com/o/sandanNewRoom"));
            assertTrue(BackOffice.messages(saved).contains("저장했습니다"), BackOffice.messages(saved));
            assertEquals(
                    "02-555-0101", saved.html().getElementById("settings:phone").val(), "stored hyphenated");

            Document home = new Http().get("/").html();
            Element cs = home.selectFirst(".cs-center");
            assertTrue(cs.selectFirst(".cs-number").text().contains("02-555-0101"), cs.text());
            assertTrue(cs.selectFirst(".cs-hours").text().contains("평일 08:30~17:30"), cs.text());
            assertEquals(
                    "https://open.kakao.com/o/sandanNewRoom",
                    cs.selectFirst("a.btn-kakao").attr("href"));
            assertTrue(home.text().contains("새날드림컨설팅"), "the company name is on the page");
        } finally {
            settings.change(before, "test cleanup");
        }
    }

    @Test
    void wrongSettingsAreRefusedInKoreanAndNothingChanges() {
        SiteSettings before = settings.current();
        logInAsAdministrator();
        Http.Reply refused = BackOffice.submit(
                admin,
                SETTINGS,
                "settings",
                Map.of(
                        "settings:companyName", "",
                        "settings:phone", "12345",
                        "settings:email", "not-an-address",
                        "settings:kakaoOpenChatUrl", "http://open.kakao.com/o/plainHttp"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("회사명을(를) 입력해 주세요"), messages);
        assertTrue(messages.contains("전화번호 형식이 올바르지 않습니다"), messages);
        assertTrue(messages.contains("이메일 주소 형식이 올바르지 않습니다"), messages);
        assertTrue(messages.contains("https://open.kakao.com/ 으로 시작해야 합니다"), messages);
        String otherHost = BackOffice.messages(BackOffice.submit(
                admin,
                SETTINGS,
                "settings",
                Map.of("settings:kakaoOpenChatUrl", "https://open.kakao.com.evil.example/o/room")));
        assertTrue(otherHost.contains("https://open.kakao.com/ 으로 시작해야 합니다"), otherHost);
        assertEquals(before, settings.current(), "nothing was stored");
    }

    @Test
    void verificationTagsAndAnalyticsAppearOnlyWhenSetAndTheirHostsOnlyThenInThePolicy() {
        WebmasterSettings before = webmaster.current();
        webmaster.change(WebmasterSettings.NONE, "test");
        logInAsAdministrator();
        try {
            Http.Reply plain = new Http().get("/");
            Document none = plain.html();
            assertTrue(none.select("meta[name=naver-site-verification], meta[name=google-site-verification]")
                    .isEmpty());
            assertTrue(none.select("script[src*=googletagmanager], script[src*=wcs.naver], script#sandan-analytics")
                    .isEmpty());
            String strict = plain.header("Content-Security-Policy").orElseThrow();
            assertFalse(strict.contains("googletagmanager") || strict.contains("naver"), strict);

            Http.Reply saved = BackOffice.submit(
                    admin,
                    SETTINGS,
                    "webmaster",
                    Map.of(
                            "webmaster:naverSiteVerification", " 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 ",
                            "webmaster:googleSiteVerification", "AbC-dEf_0123456789xyzXYZ-abcdefghijklmnopq",
                            "webmaster:naverAnalyticsId", "1a2b3c4d5e6f",
                            "webmaster:googleAnalyticsId", "G-AB12CD34EF"));
            assertTrue(BackOffice.messages(saved).contains("저장했습니다"), BackOffice.messages(saved));

            for (String path : List.of("/", "/news", "/faq")) {
                Http.Reply reply = new Http().get(path);
                Document page = reply.html();
                assertEquals(
                        "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
                        page.selectFirst("head meta[name=naver-site-verification]")
                                .attr("content"),
                        path);
                assertEquals(
                        "AbC-dEf_0123456789xyzXYZ-abcdefghijklmnopq",
                        page.selectFirst("head meta[name=google-site-verification]")
                                .attr("content"));
                String policy = reply.header("Content-Security-Policy").orElseThrow();
                String scripts = directive(policy, "script-src");
                assertTrue(scripts.contains("https://www.googletagmanager.com"), policy);
                assertTrue(scripts.contains("https://wcs.naver.net"), policy);
                assertTrue(directive(policy, "connect-src").contains("https://*.google-analytics.com"), policy);
                assertTrue(directive(policy, "script-src").contains("'nonce-"), "the page's nonce stays: " + policy);
                Element tag = page.selectFirst("script[src^=https://www.googletagmanager.com/gtag/js]");
                assertEquals("https://www.googletagmanager.com/gtag/js?id=G-AB12CD34EF", tag.attr("src"));
                Element starter = page.getElementById("sandan-analytics");
                assertEquals("G-AB12CD34EF", starter.attr("data-ga4"));
                assertEquals("1a2b3c4d5e6f", starter.attr("data-naver"));
                String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
                for (Element script : page.select(
                        "script[src*=googletagmanager], script[src*=wcs.naver.net], script#sandan-analytics")) {
                    assertEquals(nonce, script.attr("nonce"), "each script carries the page's nonce: " + script);
                }
            }
            String backOffice =
                    admin.get(SETTINGS).header("Content-Security-Policy").orElseThrow();
            assertFalse(backOffice.contains("googletagmanager"), "the back office carries no analytics: " + backOffice);
            assertFalse(new Http()
                    .get("/robots.txt")
                    .header("Content-Security-Policy")
                    .orElseThrow()
                    .contains("naver"));

            BackOffice.submit(
                    admin,
                    SETTINGS,
                    "webmaster",
                    Map.of(
                            "webmaster:naverSiteVerification", "",
                            "webmaster:googleSiteVerification", "",
                            "webmaster:naverAnalyticsId", "",
                            "webmaster:googleAnalyticsId", ""));
            Http.Reply cleared = new Http().get("/");
            assertTrue(cleared.html()
                    .select("meta[name$=site-verification], script[src*=googletagmanager]")
                    .isEmpty());
            assertEquals(
                    strict.replaceAll("'nonce-[^']+'", ""),
                    cleared.header("Content-Security-Policy").orElseThrow().replaceAll("'nonce-[^']+'", ""),
                    "the policy is as strict as before");
        } finally {
            webmaster.change(before, "test cleanup");
        }
    }

    @Test
    void pastedTagsAndWrongIdsAreRefusedInKoreanAndNothingChanges() {
        WebmasterSettings before = webmaster.current();
        logInAsAdministrator();
        Http.Reply refused = BackOffice.submit(
                admin,
                SETTINGS,
                "webmaster",
                Map.of(
                        "webmaster:naverSiteVerification",
                                "<meta name=\"naver-site-verification\" content=\"0a1b2c3d4e5f\"/>",
                        "webmaster:googleSiteVerification", "abc",
                        "webmaster:naverAnalyticsId", "<script>wcs_do()</script>",
                        "webmaster:googleAnalyticsId", "UA-12345-1"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("태그나 스크립트를 붙여 넣지 말고 값만 입력해 주세요"), messages);
        assertTrue(messages.contains("구글 사이트 인증 값은 영문자, 숫자"), messages);
        assertTrue(messages.contains("G- 로 시작하는"), messages);
        assertEquals(before, webmaster.current(), "nothing was stored");
        assertFalse(new Http().get("/").body().contains("wcs_do"));
    }

    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + policy));
    }

    @Test
    void aNewConsentNoticeVersionGoesToTheFormsWhileOlderInquiriesKeepTheirs() throws Exception {
        int previous = notices.current().getVersion();
        long older = Requests.json(new Http()
                        .postJson("/api/inquiries", Requests.validInquiry(b -> {}))
                        .body())
                .getJsonNumber("id")
                .longValue();
        logInAsAdministrator();

        Document page = admin.get(CONSENT).html();
        String prefilled = page.getElementById("publish:purpose").val();
        assertEquals(notices.current().getPurpose(), prefilled, "the form starts from the current version");
        String same = BackOffice.messages(BackOffice.submit(admin, page, "publish", Map.of()));
        assertTrue(same.contains("내용이 같습니다"), same);
        String empty =
                BackOffice.messages(BackOffice.submit(admin, CONSENT, "publish", Map.of("publish:retention", " ")));
        assertTrue(empty.contains("보유·이용 기간을(를) 입력해 주세요"), empty);
        assertEquals(previous, notices.current().getVersion(), "refused versions are not published");

        String purpose = prefilled + " 및 상담 결과 안내 (제" + (previous + 1) + "판)";
        Http.Reply published = BackOffice.submit(admin, CONSENT, "publish", Map.of("publish:purpose", purpose));
        assertTrue(
                BackOffice.messages(published).contains("제" + (previous + 1) + "판을 게시했습니다"),
                BackOffice.messages(published));
        int current = previous + 1;
        assertEquals(current, notices.current().getVersion());

        Document consult = new Http().get("/consult").html();
        Element notice = consult.getElementById("consent-notice");
        assertTrue(notice.text().contains("제" + current + "판"), notice.text());
        assertTrue(notice.text().contains(purpose), notice.text());
        assertEquals(
                String.valueOf(current),
                consult.getElementById("consult:noticeVersion").val());
        String articlePath = Requests.json(new Http().get("/api/news?size=1").body())
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("path");
        assertTrue(
                new Http()
                        .get(articlePath)
                        .html()
                        .getElementById("quick-consent-notice")
                        .text()
                        .contains(purpose),
                "the short form under articles shows the new version too");

        Http visitor = new Http();
        Document form = visitor.get("/consult").html();
        Http.Reply sent = visitor.postForm(
                Forms.action(form, "consult"),
                Forms.submission(
                        form,
                        "consult",
                        Map.of(
                                "consult:name",
                                "이동의",
                                "consult:phone",
                                "010-3333-4444",
                                "consult:email",
                                "agree@namdong.example.kr",
                                "consult:message",
                                "새 안내에 동의하고 상담을 신청합니다.",
                                "consult:privacyConsent",
                                "on")));
        assertEquals(302, sent.status(), sent::toString);
        Matcher receipt = RECEIPT.matcher(
                visitor.get(sent.header("Location").orElseThrow()).html().text());
        assertTrue(receipt.find());
        long newer = Long.parseLong(receipt.group(1));

        transaction.begin();
        try {
            assertEquals(
                    previous,
                    inquiries.find(older).orElseThrow().getConsent().getNotice().getVersion());
            assertEquals(
                    current,
                    inquiries.find(newer).orElseThrow().getConsent().getNotice().getVersion());
        } finally {
            transaction.rollback();
        }

        Document list = admin.get(CONSENT).html();
        String row = list.select(".consent-versions tr:has(a[href$=version=" + current + "])")
                .text();
        assertTrue(row.contains("현재") && row.contains("1건"), row);
        Document oldVersion = admin.get(CONSENT + "?version=" + previous).html();
        assertTrue(oldVersion.getElementById("shown-notice").text().contains("제" + previous + "판"));
        assertEquals(404, admin.get(CONSENT + "?version=99999").status());
        assertEquals(404, admin.get(CONSENT + "?version=abc").status());
    }
}
