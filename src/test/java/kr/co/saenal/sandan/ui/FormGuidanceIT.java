package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Forms lead a person to what needs fixing, as a new visitor tried them: after a refused submit the first field to
 * fix has the focus, is outlined and names its message (for screen readers too); required fields are marked;
 * consent boxes sit beside their text on a phone; Korean words are not broken across lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormGuidanceIT {

    /** The site's --danger colour, which outlines a field to fix. */
    private static final String DANGER = "rgba(180, 35, 24, 1)";

    /**
     * Pairs of Hangul syllables that the layout split across two lines ("앞|뒤" with a few letters around), and
     * phone numbers broken at a hyphen.
     */
    private static final String BROKEN_WORDS = """
            var hangul = /[\\uAC00-\\uD7A3]/, found = [], range = document.createRange();
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode() && found.length < 10) {
              var node = walker.currentNode, text = node.nodeValue, parent = node.parentElement;
              if (!hangul.test(text) || parent.closest('[aria-hidden="true"], .visually-hidden')
                  || !parent.checkVisibility()) { continue; }
              var previous = null;
              for (var i = 0; i < text.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                var r = range.getClientRects()[0];
                if (r && previous && hangul.test(text[i]) && hangul.test(text[i - 1])
                    && r.top > previous.top + previous.height / 2) {
                  found.push(text.substring(Math.max(0, i - 8), i) + '|' + text.substring(i, i + 8));
                }
                previous = r || null;
              }
            }
            document.querySelectorAll('a[href^="tel:"]:not(.cs-phone), .cs-number').forEach(function (phone) {
              var lines = new Set(Array.from(phone.getClientRects()).map(function (r) { return Math.round(r.top); }));
              if (lines.size > 1) { found.push('phone number ' + phone.textContent.trim()); }
            });
            return found;""";

    /** Consent boxes whose box is not on the first line of their label's text, with the two positions. */
    private static final String BOXES_APART_FROM_LABELS = """
            var apart = [];
            document.querySelectorAll('.consent-check').forEach(function (check) {
              var box = check.querySelector('input[type=checkbox]'), label = check.querySelector('label');
              var range = document.createRange();
              range.setStart(label.firstChild, 0);
              range.setEnd(label.firstChild, 1);
              var b = box.getBoundingClientRect(), first = range.getClientRects()[0];
              var middle = (b.top + b.bottom) / 2;
              if (!(middle > first.top && middle < first.bottom && b.right <= first.left)) {
                apart.push(box.id + ' box ' + JSON.stringify(b) + ' text ' + JSON.stringify(first));
              }
            });
            return apart;""";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1366})
    void anInvalidConsultationLeadsToItsFirstProblem(int width) {
        try (Browser browser = new Browser(base.toString(), width, 900)) {
            browser.open("/consult");
            browser.click("[id='consult:submit']");
            browser.waitFor(".field-error");
            assertLeadsTo(browser, "consult:name", "이름을 입력해 주세요.");
            for (String field : List.of("phone", "email", "message", "privacyConsent")) {
                assertEquals(
                        "true", browser.find("[id='consult:" + field + "']").getAttribute("aria-invalid"), field);
            }
            assertEquals(
                    DANGER,
                    browser.find("[id='consult:name']").getCssValue("border-top-color"),
                    "the field to fix is outlined in red");
            browser.screenshotWholePage("forms-consult-invalid-" + width);
        }
    }

    @Test
    void consentBoxesSitBesideTheirTextOnAPhone() {
        try (Browser browser = new Browser(base.toString(), 360, 800)) {
            for (String path : List.of("/consult", "/news/1")) {
                browser.open(path);
                browser.waitFor(".consent-check");
                Object apart = browser.script(BOXES_APART_FROM_LABELS);
                assertEquals(List.of(), apart, path);
            }
            browser.screenshotWholePage("forms-article-360");
            browser.open("/consult");
            browser.click("[id='consult:submit']");
            browser.waitFor(".field-error");
            assertEquals(List.of(), browser.script(BOXES_APART_FROM_LABELS), "with the refusal shown");
        }
    }

    @Test
    void theShortFormUnderAnArticleMarksWhatIsRequiredAndLeadsToTheProblem() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/news/1");
            for (String field : List.of(
                    "quick:name", "quick:phone", "quick:email", "quick:message", "comment:name", "comment:text")) {
                assertEquals(
                        "필수", browser.find("label[for='" + field + "'] .req").getText(), field);
                assertEquals("true", browser.find("[id='" + field + "']").getAttribute("aria-required"), field);
            }
            assertEquals("true", browser.find("[id='quick:privacyConsent']").getAttribute("aria-required"));
            browser.click("[id='quick:submit']");
            browser.waitFor("#quick .field-error");
            assertLeadsTo(browser, "quick:name", "이름을 입력해 주세요.");
            browser.screenshot("forms-quick-invalid-1366");
        }
    }

    @Test
    void anEmptyCommentLeadsToTheNameField() throws InterruptedException {
        try (Browser browser = new Browser(base.toString(), 360, 800)) {
            browser.open("/news/1");
            browser.waitFor("[id='comment:name']");
            Thread.sleep(3_200); // comments sent sooner than the minimum fill time are dropped as a bot's
            browser.click("[id='comment:submit']");
            browser.waitFor("#comment .field-error");
            assertLeadsTo(browser, "comment:name", "이름을 입력해 주세요.");
        }
    }

    @Test
    void aRefusedLoginLeadsBackToTheFields() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/login");
            browser.click("[id='login:submit']");
            browser.waitFor(".field-error");
            assertLeadsTo(browser, "login:username", "아이디를 입력해 주세요.");
            browser.type("[id='login:username']", "nobody-" + System.nanoTime());
            browser.type("[id='login:password']", "not-the-password");
            browser.click("[id='login:submit']");
            browser.waitFor(".form-alert");
            assertLeadsTo(
                    browser,
                    "login:username",
                    "아이디 또는 비밀번호가 맞지 않습니다(2단계 인증을 켠 계정은 인증 코드도 확인해 주세요). 5번 연속 틀리면 계정이 15분 동안 "
                            + "잠기니, 기억나지 않으시면 관리자에게 문의해 주세요.");
            assertEquals("true", browser.find("[id='login:password']").getAttribute("aria-invalid"));
        }
    }

    @Test
    void anIncompletePostLeadsTheEditorToTheTitle() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            logIn(browser, "/admin/news/edit");
            browser.click("[id='post:save']");
            browser.waitFor(".field-error");
            assertLeadsTo(browser, "post:title", "제목을 입력해 주세요.");
            assertEquals("true", browser.find(".ql-editor").getAttribute("aria-invalid"), "the body is empty too");
            browser.screenshot("forms-editor-invalid-1366");
        }
    }

    @Test
    void koreanWordsStayWholeOnPublicPagesAndInTheBackOffice() {
        try (Browser browser = new Browser(base.toString(), 360, 800)) {
            for (String path : List.of("/", "/news", "/news/1", "/consult", "/privacy")) {
                browser.open(path);
                browser.waitFor("footer");
                assertEquals("keep-all", browser.find("footer dd").getCssValue("word-break"), path);
                assertEquals("keep-all", browser.find("main p").getCssValue("word-break"), path);
                assertEquals(List.of(), browser.script(BROKEN_WORDS), path);
            }
            browser.screenshotWholePage("forms-home-360");
        }
        try (Browser browser = new Browser(base.toString(), 768, 1024)) {
            logIn(browser, "/admin/");
            for (String path : List.of(
                    "/admin/",
                    "/admin/news/",
                    "/admin/inquiries",
                    "/admin/news/comments",
                    "/admin/system/users",
                    "/admin/system/access-log",
                    "/admin/system/settings",
                    "/admin/complexes/import",
                    "/admin/complexes/short-names")) {
                browser.open(path);
                browser.waitFor(".admin-main");
                assertEquals("keep-all", browser.find(".admin-main").getCssValue("word-break"), path);
                assertEquals(List.of(), browser.script(BROKEN_WORDS), path);
                browser.screenshotWholePage("forms-admin-768" + path.replace('/', '-'));
                assertEquals(List.of(), browser.widerThanScreen(), path + " fits a tablet");
            }
        }
    }

    private static void logIn(Browser browser, String path) {
        browser.open(path);
        browser.type("input[name='login:username']", Staff.ADMIN);
        browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
        browser.click("[id='login:submit']");
        browser.waitFor(".admin-main");
    }

    /**
     * The focus is on the field {@code id}, which says it is invalid and is described by an element that shows
     * {@code message}.
     */
    private static void assertLeadsTo(Browser browser, String id, String message) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            WebElement active = browser.driver().switchTo().activeElement();
            throw new AssertionError("the focus should be on " + id + " but is on " + active.getTagName() + "#"
                    + active.getAttribute("id"));
        }
        WebElement field = browser.driver().switchTo().activeElement();
        assertEquals("true", field.getAttribute("aria-invalid"), id + " says it is invalid");
        String describedBy = field.getAttribute("aria-describedby");
        assertTrue(describedBy != null && !describedBy.isBlank(), id + " has no aria-describedby");
        Object texts = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return arguments[0].trim().split(/\\s+/).map(function (id) {"
                                + "  var e = document.getElementById(id); return e ? e.textContent.trim() : null; });",
                        describedBy);
        assertTrue(((List<?>) texts).contains(message), () -> id + " is described by " + texts + ", not " + message);
    }
}
