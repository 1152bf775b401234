package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.importing.KicoxWorkbooks;
import kr.co.saenal.sandan.testsupport.AttachmentFixtures;
import kr.co.saenal.sandan.testsupport.Axe;
import kr.co.saenal.sandan.testsupport.Axe.Violation;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.apache.poi.ss.usermodel.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page a visitor or a member of staff can reach, audited by axe-core against WCAG 2.1 AA: no serious or
 * critical violation anywhere, so that staff using a screen reader or only a keyboard can do their whole job and
 * visitors can read and ask. Moderate and minor findings are printed for a person to weigh.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1366})
    void publicPagesMeetWcag21AA(int width) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("news list", "/news");
        pages.put("article", "/news/1");
        pages.put("search", "/search?q=" + URLEncoder.encode("구조고도화", StandardCharsets.UTF_8));
        pages.put("consult", "/consult");
        pages.put("privacy", "/privacy");
        pages.put("faq", "/faq");
        pages.put("404", "/news/987654");
        pages.put("complexes", "/complexes");
        pages.put("complexes, filtered and sorted", "/complexes?type=general&aged=true&sort=sale-rate&page=2");
        pages.put("complexes, a value not used", "/complexes?type=bogus");
        pages.put("complexes of a region", "/complexes/regions/gyeonggi");
        // the demo's first complex is the bundle 한국수출산업 (members, comparison); the short address redirects to
        // the canonical one. One of its members (with trend figures) is reached from it below.
        pages.put("complex", "/complexes/1");
        pages.put("consult about a complex", "/consult?complex=1");
        pages.put("search finding complexes", "/search?q=" + URLEncoder.encode("남동", StandardCharsets.UTF_8));
        // the English chrome last: its cookie stays with the browser until the Korean page after it
        pages.put("consult, English (notice and its English rendering)", "/consult?lang=en");
        pages.put("privacy, English", "/privacy?lang=en");
        pages.put("home, Korean again", "/?lang=ko");
        Map<String, List<Violation>> found = new LinkedHashMap<>();
        try (Browser browser = new Browser(base.toString(), width, 900)) {
            pages.forEach((name, path) -> {
                browser.open(path);
                browser.waitFor("footer");
                found.put(name, Axe.audit(browser));
            });
            browser.open("/complexes/1");
            browser.waitFor("footer");
            browser.click("#members tbody a");
            browser.waitFor(".complex-bundle-note");
            found.put("complex, a member of a bundle", Axe.audit(browser));
            browser.open("/consult");
            browser.click("[id='consult:submit']");
            browser.waitFor(".field-error");
            found.put("consult after an invalid submit", Axe.audit(browser));
        }
        assertNoBlockingViolations("public pages at " + width + " px", found);
    }

    @Test
    void theLoginPageAndEveryBackOfficePageMeetWcag21AA() throws Exception {
        long inquiry = submitInquiry();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/admin/");
        pages.put("news table", "/admin/news/");
        pages.put("editor, new post", "/admin/news/edit");
        pages.put("editor, existing post", "/admin/news/edit?id=1");
        pages.put("preview", "/admin/news/preview?id=1");
        pages.put("history", "/admin/news/history?id=1");
        pages.put("categories", "/admin/news/categories");
        pages.put("images", "/admin/news/images");
        pages.put("faq", "/admin/news/faq");
        pages.put("comments", "/admin/news/comments");
        pages.put("news import", "/admin/news/import");
        pages.put("redirects", "/admin/news/redirects");
        pages.put("inquiries", "/admin/inquiries");
        pages.put("inquiry", "/admin/inquiry?id=" + inquiry);
        pages.put("account", "/admin/account");
        pages.put("users", "/admin/system/users");
        pages.put("user", "/admin/system/user?username=" + Staff.ADMIN);
        pages.put("settings", "/admin/system/settings");
        pages.put("holidays", "/admin/system/holidays");
        pages.put("consent notices", "/admin/system/consent");
        pages.put("privacy policy versions", "/admin/system/privacy");
        pages.put("access log", "/admin/system/access-log");
        pages.put("search index", "/admin/system/search-index");
        pages.put("complex import", "/admin/complexes/import");
        pages.put("complex short names", "/admin/complexes/short-names");
        Map<String, List<Violation>> found = new LinkedHashMap<>();
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            leaveAComment(browser);
            browser.open("/login");
            browser.waitFor("form");
            found.put("login", Axe.audit(browser));
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".admin-main");
            pages.forEach((name, path) -> {
                browser.open(path);
                browser.waitFor(".admin-main, .article");
                found.put(name, Axe.audit(browser));
            });
            browser.open("/admin/inquiries");
            browser.click(".toolbar-end");
            browser.waitFor("[id='export:reason']");
            found.put("inquiries, export dialog open", Axe.audit(browser));
            browser.open("/admin/system/search-index");
            browser.click("[id='rebuild:start']");
            browser.waitFor(".index-node .state-done");
            browser.screenshot("admin-search-index-rebuilt");
            found.put("search index, rebuilt", Axe.audit(browser));
            openEditorParts(browser, found);
            openComplexImportParts(browser, found);
            String article = openAttachmentParts(browser, found);
            try (Browser phone = new Browser(base.toString(), 360, 900)) {
                phone.open(article);
                phone.waitFor(".attachments");
                found.put("article with attachments, 360 px", Axe.audit(phone));
                phone.open("/news");
                phone.waitFor("footer");
                found.put("news list marking a post with files, 360 px", Axe.audit(phone));
            }
            openPrivacyPolicyDraft(browser, found);
        }
        assertNoBlockingViolations("back office", found);
    }

    /**
     * A post with a PDF, an HWP and an HWPX: the editor's 첨부파일 box with files and with a refused one, the article
     * listing them (also on a phone, above), the list marking the post, a search finding it inside a file.
     *
     * @return the article's address
     */
    private static String openAttachmentParts(Browser browser, Map<String, List<Violation>> found) throws IOException {
        Path folder = Files.createTempDirectory("accessible-files");
        Path pdf = Files.write(folder.resolve("접근성 공고문.pdf"), AttachmentFixtures.pdf("Accessibilityword notice"));
        Path hwp = Files.write(folder.resolve("접근성 공고문.hwp"), AttachmentFixtures.hwp("접근성 공고 본문"));
        Path hwpx = Files.write(folder.resolve("접근성 안내.hwpx"), AttachmentFixtures.hwpx("접근성 안내 본문"));
        Path program = Files.write(folder.resolve("설치.pdf"), AttachmentFixtures.program());
        browser.open("/admin/news/edit");
        browser.type("[id='post:title']", "첨부파일 접근성 점검 글");
        browser.type("[id='post:summary']", "첨부파일 목록을 점검합니다.");
        browser.click(".ql-editor");
        browser.driver().findElement(By.cssSelector(".ql-editor")).sendKeys("첨부파일을 확인해 주세요.");
        new Select(browser.find("[id='post:categoryId']")).selectByIndex(1);
        browser.driver().findElement(By.id("post:attachmentFiles")).sendKeys(pdf + "\n" + hwp + "\n" + hwpx);
        browser.click("label[for='post:publication:1']");
        browser.click("[id='post:save']");
        browser.waitForCount(".attachment-edit-list .attachment", 3);
        found.put("editor with attachments", Axe.audit(browser));
        browser.driver().findElement(By.id("post:attachmentFiles")).sendKeys(program.toString());
        browser.click("[id='post:save']");
        browser.waitFor(".attachments-box .field-error");
        found.put("editor, attachment refused", Axe.audit(browser));
        String article = browser.driver().findElement(By.linkText("사이트에서 보기")).getAttribute("href");
        article = article.substring(article.indexOf("/news/"));
        browser.open(article);
        browser.waitFor(".attachments");
        found.put("article with attachments", Axe.audit(browser));
        browser.open("/search?q=Accessibilityword");
        browser.waitFor(".search-in-file");
        found.put("search finding a word inside a file", Axe.audit(browser));
        return article;
    }

    /** A draft of the next privacy policy version, its form open; thrown away afterwards. */
    private static void openPrivacyPolicyDraft(Browser browser, Map<String, List<Violation>> found) {
        browser.open("/admin/system/privacy");
        browser.click("[id='versionsForm:startDraft']");
        browser.waitFor("[id='policy:body']");
        found.put("privacy policy, a draft being edited", Axe.audit(browser));
        browser.click("[id='policy:discard']");
        browser.waitFor(".admin-messages");
    }

    /**
     * The parts of the post editor that only show when used: the heading picker, the link box, the delete and
     * withdraw dialogs, the photo picker (for the body, with its alt text refused, and for the cover); and the news
     * table's delete confirmation.
     */
    private static void openEditorParts(Browser browser, Map<String, List<Violation>> found) {
        browser.open("/admin/news/edit?id=1");
        browser.click(".ql-picker.ql-header .ql-picker-label");
        browser.waitFor(".ql-picker.ql-expanded .ql-picker-item");
        found.put("editor, heading picker open", Axe.audit(browser));
        browser.click(".ql-picker.ql-expanded .ql-picker-label");
        browser.script("Quill.find(document.querySelector('.ql-container')).setSelection(0, 4);"
                + "document.querySelector('button.ql-link').click();");
        browser.waitFor(".ql-tooltip.ql-editing input");
        found.put("editor, link box open", Axe.audit(browser));
        browser.open("/admin/news/edit?id=1");
        browser.click("[id='delete:confirm']");
        browser.waitFor(".confirm-dialog .ui-confirmdialog-no");
        found.put("editor, delete confirmation open", Axe.audit(browser));
        browser.click(".confirm-dialog .ui-confirmdialog-no");
        browser.click("[id='post:withdraw']");
        browser.waitFor(".confirm-dialog .ui-confirmdialog-no");
        found.put("editor, withdraw confirmation open", Axe.audit(browser));
        browser.click(".confirm-dialog .ui-confirmdialog-no");
        browser.click(".editor-photo-button");
        browser.waitFor("#photo-picker[open] .picker-item");
        browser.click("#photo-picker .picker-item");
        browser.waitFor("#picker-alt");
        browser.script("document.getElementById('picker-alt').value = '';");
        browser.click("#picker-insert");
        browser.waitFor("#picker-alt-error");
        found.put("editor, photo picker with a photo chosen and its alt text missing", Axe.audit(browser));
        browser.click("#photo-picker .picker-close");
        browser.patientlyUntil(
                d -> d.findElements(By.cssSelector("#photo-picker[open]")).isEmpty());
        browser.script("document.getElementById('cover-pick').scrollIntoView({block: 'center'});");
        browser.click("#cover-pick");
        browser.waitFor("#photo-picker[open] #picker-cover, #photo-picker[open] .picker-item");
        found.put("editor, photo picker for the cover", Axe.audit(browser));
        browser.click("#photo-picker .picker-close");
        browser.open("/admin/news/?sort=title&dir=asc");
        browser.click("input.choose-row");
        browser.click("[id='posts:delete']");
        browser.waitFor(".confirm-dialog .ui-confirmdialog-no");
        found.put("news table, sorted, a row chosen, delete confirmation open", Axe.audit(browser));
        browser.click(".confirm-dialog .ui-confirmdialog-no");
    }

    /**
     * The parts of the import pages that only show when used: a dry run with every list (new, changed, missing,
     * unreadable rows, the selects matching a rename), a match made by hand, a refused file, the undo confirmation;
     * a search for a complex and a removal confirmation on the short names. Nothing is imported.
     */
    private static void openComplexImportParts(Browser browser, Map<String, List<Violation>> found) throws IOException {
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(3).setCellValue("마곡산업단지");
            KicoxWorkbooks.row(top, "인천", "남동[재생사업지구]").getCell(12).setCellValue("많음");
            KicoxWorkbooks.row(top, "경기", "반월특수지역").getCell(11).setCellValue(96.5);
        });
        Path workbook = Files.createTempFile("접근성-통계", ".xlsx");
        Path picture = Files.createTempFile("접근성-사진", ".xlsx");
        try {
            Files.write(workbook, renamed);
            Files.write(picture, ComplexImportBrowserIT.png());
            browser.open("/admin/complexes/import");
            browser.driver().findElement(By.id("upload:file")).sendKeys(workbook.toString());
            browser.click("[id='upload:send']");
            browser.waitFor("[id='preview:added:0:pick']");
            found.put("complex import, dry run", Axe.audit(browser));
            browser.screenshotWholePage("complex-import-a11y-dry-run");
            new Select(browser.find("[id='preview:added:0:pick']")).selectByIndex(1);
            browser.click("[id='preview:rematch']");
            browser.waitFor(".import-matched");
            found.put("complex import, matched by hand", Axe.audit(browser));
            browser.screenshotWholePage("complex-import-a11y-matched");
            browser.click("[id='preview:cancel']");
            browser.waitForText("미리 보기를 닫았습니다");
            browser.driver().findElement(By.id("upload:file")).sendKeys(picture.toString());
            browser.click("[id='upload:send']");
            browser.waitFor("[id='upload:file'] ~ .field-error");
            found.put("complex import, file refused", Axe.audit(browser));
            browser.click("[id='history:undo']");
            browser.waitFor(".import-undo .confirm");
            found.put("complex import, undo confirmation", Axe.audit(browser));
            browser.click("[id='history:cancelUndo']");
            browser.waitFor("[id='history:undo']");
        } finally {
            Files.deleteIfExists(workbook);
            Files.deleteIfExists(picture);
        }
        browser.open("/admin/complexes/short-names");
        browser.type("[id='mapping:search']", "남동");
        browser.click("[id='mapping:find']");
        browser.waitFor("[id='mapping:complex'] option");
        found.put("complex short names, search", Axe.audit(browser));
        browser.screenshotWholePage("complex-short-names-search");
        browser.open("/admin/complexes/short-names");
        browser.click("[id='names:table:0:remove']");
        browser.waitFor(".short-names-table .confirm");
        found.put("complex short names, removal confirmation", Axe.audit(browser));
        browser.screenshot("complex-short-names-remove");
        browser.click("[id='names:table:0:cancelRemove']");
        // the page the cancel answers with must be there before the next address is opened: a navigation started
        // while the form's answer is still coming is overtaken by it (seen once on a loaded machine)
        browser.patientlyUntil(d ->
                d.findElements(By.cssSelector(".short-names-table .confirm")).isEmpty());
    }

    @Test
    void anEditorCanWriteAPostWithTheKeyboardAndAScreenReader() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/news/edit");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".ql-editor");
            WebElement heading = browser.find(".ql-picker.ql-header .ql-picker-label");
            assertEquals("문단 형식: 본문", heading.getAccessibleName());
            WebElement body = browser.find(".ql-editor");
            assertEquals("본문", body.getAccessibleName());
            assertEquals("textbox", body.getAriaRole());
            body.click();
            body.sendKeys("스마트산단 소식", Keys.TAB);
            WebElement next = browser.driver().switchTo().activeElement();
            assertNotEquals("ql-editor", next.getAttribute("class"), "Tab leaves the editor");
            assertEquals("스마트산단 소식", body.getText(), "and types no tab into the post");
            WebElement cover = browser.find("[id='post:coverFile']");
            assertNull(
                    cover.getAttribute("aria-hidden"),
                    "the cover photo's file field is not hidden from screen readers");
            assertEquals("또는 새 사진 올리기", cover.getAccessibleName());
        }
    }

    /** A comment awaiting review, so that the moderation table has a row with its buttons. */
    private void leaveAComment(Browser browser) throws InterruptedException {
        browser.open("/news/1");
        browser.type("[id='comment:name']", "접근성점검");
        browser.type("[id='comment:text']", "화면 낭독기로 읽어 보았습니다.");
        Thread.sleep(3_200); // comments sent sooner than the minimum fill time are dropped as a bot's
        browser.click("[id='comment:submit']");
        browser.waitFor(".comment-notice");
    }

    private static void assertNoBlockingViolations(String where, Map<String, List<Violation>> found) {
        found.forEach((page, violations) -> violations.forEach(v -> System.out.println("axe " + page + ": " + v)));
        String blocking = found.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(Violation::blocking))
                .map(e -> e.getKey() + ":\n  "
                        + e.getValue().stream()
                                .filter(Violation::blocking)
                                .map(Violation::toString)
                                .collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n"));
        assertTrue(blocking.isEmpty(), () -> where + ", serious or critical violations of WCAG 2.1 AA:\n" + blocking);
    }

    private long submitInquiry() throws IOException, InterruptedException {
        HttpResponse<String> created = Http.clientBuilder()
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/api/inquiries"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        Requests.validInquiry(b -> b.add("name", "접근성점검"))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }
}
