package kr.co.saenal.sandan.site.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeRepository;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;
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
