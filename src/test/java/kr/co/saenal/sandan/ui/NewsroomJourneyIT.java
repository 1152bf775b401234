package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** An editor, in a real browser: logs in, writes a post with a cover photo, publishes it and finds it on the site. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** A photo-like picture made for the test, as an editor's camera would have produced it. */
    private static Path photo() {
        return photo(new Color(18, 48, 90), new Color(240, 138, 36));
    }

    private static Path photo(Color from, Color to) {
        try {
            BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, from, 1200, 675, to));
            g.fillRect(0, 0, 1200, 675);
            g.dispose();
            Path file = Files.createTempFile("관제센터", ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEditorPublishesAPostThatReadersThenSee() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/news/");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".news-table");
            browser.screenshot("newsroom-01-table");

            browser.click("a[href$='/admin/news/edit']");
            browser.type("[id='post:title']", "브라우저로 쓴 스마트산단 소식");
            browser.type("[id='post:summary']", "편집자가 브라우저에서 쓰고 바로 게시한 글입니다.");
            browser.click(".ql-editor");
            browser.driver()
                    .findElement(By.cssSelector(".ql-editor"))
                    .sendKeys("스마트산단 통합관제센터가 문을 열었습니다. 입주기업 설명회는 다음 달에 열립니다.");
            new Select(browser.find("[id='post:categoryId']")).selectByIndex(1);
            browser.driver().findElement(By.id("post:coverFile")).sendKeys(photo().toString());
            browser.type("[id='post:coverAlt']", "관제센터 대형 화면 앞의 운영 요원");
            browser.type("[id='post:coverCaption']", "통합관제센터 운영실 (사진: 시험용 그림)");
            browser.click("label[for='post:publication:1']");
            browser.screenshot("newsroom-02-editor");
            browser.click("[id='post:save']");
            browser.waitForText("사이트에 공개되어 있습니다");

            browser.open("/news");
            browser.driver().findElement(By.partialLinkText("브라우저로 쓴 스마트산단 소식")).click();
            browser.waitFor(".article-body");
            assertEquals("브라우저로 쓴 스마트산단 소식", browser.find("h1").getText());
            assertTrue(browser.find(".article-body").getText().contains("입주기업 설명회는 다음 달에 열립니다."));
            assertEquals(
                    "관제센터 대형 화면 앞의 운영 요원", browser.find(".article-cover img").getAttribute("alt"));
            assertEquals(
                    "통합관제센터 운영실 (사진: 시험용 그림)",
                    browser.find(".article-cover figcaption").getText());
            Object loaded = browser.script("var i = document.querySelector('.article-cover img');"
                    + " return i.complete && i.naturalWidth > 0 ? i.currentSrc : null;");
            assertTrue(
                    String.valueOf(loaded).matches(".*/media/\\d+\\?w=(480|960)"),
                    "the uploaded photo is served and shown, in a width from its srcset: " + loaded);
            browser.screenshot("newsroom-03-public-article");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    private static void logIn(Browser browser, String path) {
        browser.open(path);
        browser.type("input[name='login:username']", Staff.ADMIN);
        browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
        browser.click("[id='login:submit']");
    }

    /** Uploads a picture to the library at /admin/news/images, as an editor does before writing. */
    private static void upload(Browser browser, Path file, String alt, String caption) {
        browser.open("/admin/news/images");
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.type("[id='upload:altText']", alt);
        browser.type("[id='upload:caption']", caption);
        browser.click("[id='upload:send']");
        browser.waitFor(".image-card[data-image-id] img[alt='" + alt + "']");
    }

    /** Puts a library photo into the body where the cursor is, through the editor's picker. */
    private static void insertPhoto(Browser browser, String alt, String caption) {
        browser.click(".editor-photo-button");
        browser.waitFor("#photo-picker[open]");
        browser.click("#photo-picker .picker-item[data-alt='" + alt + "']");
        assertEquals(alt, browser.find("#picker-alt").getAttribute("value"), "the library's alt text is offered");
        browser.type("#picker-caption", caption);
        browser.click("#picker-insert");
        browser.patientlyUntil(
                d -> d.findElements(By.cssSelector("#photo-picker[open]")).isEmpty());
    }

    @Test
    void anEditorPutsTwoLibraryPhotosWithCaptionsIntoTheBodyAndReadersOpenThemLarge() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            logIn(browser, "/admin/news/images");
            browser.waitFor("[id='upload:file']");
            upload(
                    browser,
                    photo(new Color(20, 90, 60), new Color(200, 220, 120)),
                    "남동산단 정문 앞 가로수길",
                    "정비를 마친 남동산단 정문 앞 거리");
            upload(
                    browser,
                    photo(new Color(90, 30, 30), new Color(240, 200, 160)),
                    "실증센터 시험동 내부의 장비",
                    "소부장 실증화 지원센터 시험동");

            browser.open("/admin/news/edit");
            browser.type("[id='post:title']", "사진 두 장이 든 산단 소식");
            browser.type("[id='post:summary']", "본문 사이에 캡션이 달린 사진 두 장을 넣었습니다.");
            browser.click(".ql-editor");
            browser.driver().findElement(By.cssSelector(".ql-editor")).sendKeys("첫 문단입니다. 남동산단 거리가 바뀌었습니다.");
            insertPhoto(browser, "남동산단 정문 앞 가로수길", "정비를 마친 남동산단 정문 앞 거리 (사진: 시험)");
            new Actions(browser.driver()).sendKeys("둘째 문단입니다. 실증센터도 문을 엽니다.").perform(); // where the cursor is
            insertPhoto(browser, "실증센터 시험동 내부의 장비", "소부장 실증화 지원센터 시험동 (사진: 시험)");
            assertEquals(2, browser.all(".ql-editor figure img").size(), "both photos are in the body");
            assertEquals(2, browser.all(".ql-editor figure figcaption").size(), "each with its caption");
            new Select(browser.find("[id='post:categoryId']")).selectByIndex(1);
            browser.click("label[for='post:publication:1']");
            assertEquals("저장하면 바로 사이트에 게시됩니다.", browser.find("#save-state").getText());
            browser.screenshot("newsroom-04-photos-in-body");
            browser.click("[id='post:save']");
            browser.waitForText("사이트에 공개되어 있습니다");
            assertTrue(
                    browser.find("#save-state").getText().contains("저장해도 계속 게시"),
                    "a published post says that saving keeps it public");
            assertTrue(browser.all("[id='post:publication']").isEmpty(), "withdrawing is not a choice of saving");
            browser.find("[id='post:withdraw']");

            browser.open("/news");
            browser.driver().findElement(By.partialLinkText("사진 두 장이 든 산단 소식")).click();
            browser.waitFor(".article-body figure");
            List<WebElement> figures = browser.all(".article-body figure");
            assertEquals(2, figures.size());
            assertEquals(
                    List.of("정비를 마친 남동산단 정문 앞 거리 (사진: 시험)", "소부장 실증화 지원센터 시험동 (사진: 시험)"),
                    browser.all(".article-body figure figcaption").stream()
                            .map(WebElement::getText)
                            .toList());
            for (WebElement figure : figures) {
                WebElement img = figure.findElement(By.cssSelector("img"));
                String id = img.getAttribute("src").replaceAll(".*/media/(\\d+).*", "$1");
                assertTrue(
                        img.getAttribute("srcset")
                                .matches(".*/media/" + id + "\\?w=480 480w, .*/media/" + id + "\\?w=960 960w"),
                        img.getAttribute("srcset"));
                assertEquals("1200", img.getDomAttribute("width"));
                assertEquals("675", img.getDomAttribute("height"));
                assertEquals("lazy", img.getAttribute("loading"));
                WebElement link = figure.findElement(By.cssSelector("a.figure-open"));
                assertTrue(link.getAttribute("href").endsWith("/media/" + id), link.getAttribute("href"));
            }
            assertEquals(
                    "남동산단 정문 앞 가로수길",
                    figures.get(0).findElement(By.cssSelector("img")).getAttribute("alt"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView();", figures.get(1));
            browser.patientlyUntil(
                    d -> Boolean.TRUE.equals(
                            browser.script(
                                    "return Array.from(document.querySelectorAll("
                                            + "'.article-body figure img')).every(function (i) { return i.complete && i.naturalWidth > 0; });")));
            browser.screenshot("newsroom-05-photos-in-article");
            String large =
                    figures.get(0).findElement(By.cssSelector("a.figure-open")).getAttribute("href");
            figures.get(0).findElement(By.cssSelector("a.figure-open")).click();
            browser.patientlyUntil(d -> d.getCurrentUrl().equals(large));

            // a photo shown in a body is in use: the library refuses to delete it
            browser.open("/admin/news/images");
            String card = ".image-card:has(img[alt='남동산단 정문 앞 가로수길']) ";
            browser.click(card + "input[id$=':delete']");
            browser.click(card + "input[id$=':confirmDelete']");
            browser.waitForText("본문에 쓰이고 있어");
            browser.find(card + "img");
            // Chromium asks for /favicon.ico when it shows the photo itself (no page names an icon): it is answered
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    /**
     * Whether leaving the page now would ask first: the page's {@code beforeunload} handler, asked as the browser
     * asks it. (WebDriver accepts a real "leave this page?" question by itself, so a test cannot see the dialog.)
     */
    private static boolean wouldAskBeforeLeaving(Browser browser) {
        return Boolean.TRUE.equals(browser.script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    @Test
    void leavingTheEditorWithUnsavedChangesAsksFirstButNotAfterSaving() {
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            logIn(browser, "/admin/news/edit?id=1");
            browser.waitFor(".ql-editor");
            browser.find("#save-state");
            assertFalse(wouldAskBeforeLeaving(browser), "nothing changed: no question");

            browser.type("[id='post:summary']", "고쳤지만 아직 저장하지 않은 요약");
            browser.find("#save-unsaved");
            assertTrue(wouldAskBeforeLeaving(browser), "a changed field: asked before leaving");

            browser.open("/admin/news/edit?id=1");
            browser.waitFor(".ql-editor");
            assertFalse(wouldAskBeforeLeaving(browser));
            browser.click(".ql-editor");
            new Actions(browser.driver()).sendKeys("본문에 덧붙인 문장.").perform();
            assertTrue(wouldAskBeforeLeaving(browser), "typing in the body: asked before leaving");

            browser.click("[id='post:save']");
            browser.waitForText("저장했습니다");
            assertFalse(wouldAskBeforeLeaving(browser), "saved: no question");
            assertTrue(browser.all("#save-unsaved:not([hidden])").isEmpty());
            browser.click(".page-back");
            browser.waitFor(".news-table");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/admin/news/"),
                    browser.driver().getCurrentUrl());

            // a refused save keeps the changes as unsaved
            browser.open("/admin/news/edit?id=1");
            browser.type("[id='post:slug']", "잘못된 주소!");
            browser.click("[id='post:save']");
            browser.waitForText("주소에는 글자, 숫자와 하이픈(-)만 쓸 수 있습니다.");
            assertTrue(wouldAskBeforeLeaving(browser), "refused: what was typed is still not stored");
        }
    }

    /** Drafts made over HTTP, as the editor's form sends them: titles "{word} 01" … */
    private static void drafts(String word, int count) {
        Http http = new Http();
        Staff.logIn(http, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        for (int i = 1; i <= count; i++) {
            Document form = http.get("/admin/news/edit").html();
            String category = form.select("[id='post:categoryId'] option[value]").stream()
                    .map(o -> o.val())
                    .filter(v -> !v.isEmpty())
                    .findFirst()
                    .orElseThrow();
            Http.Reply saved = http.postForm(
                    Forms.action(form, "post"),
                    Forms.submission(
                            form,
                            "post",
                            Map.of(
                                    "post:title", String.format("%s %02d", word, i),
                                    "post:summary", "표에서 한꺼번에 다루는 글",
                                    "post:body_input", "<p>본문</p>",
                                    "post:categoryId", category,
                                    "post:publication", "DRAFT")));
            assertEquals(302, saved.status(), () -> saved.html().text());
        }
    }

    private static String baseUrl;

    private List<String> titles(Browser browser) {
        return browser.all(".news-table .post-title").stream()
                .map(WebElement::getText)
                .toList();
    }

    private void choose(Browser browser, String title) {
        browser.click("input.choose-row[aria-label='‘" + title + "’ 고르기']");
    }

    @Test
    void theNewsTableKeepsItsAddressAndActsOnTheRowsChosen() {
        baseUrl = base.toString().replaceAll("/$", "");
        String word = "일괄시험";
        drafts(word, 23);
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            logIn(browser, "/admin/news/");
            browser.waitFor(".news-table");
            browser.type("#filter-q", word);
            browser.click("#filter-search");
            browser.patientlyUntil(d -> d.getCurrentUrl().contains("q="));
            assertEquals(20, titles(browser).size());
            assertTrue(
                    browser.find(".table-report").getText().startsWith("23개 중 1–20"),
                    browser.find(".table-report").getText());
            assertTrue(browser.find("th[aria-sort=descending]").getText().startsWith("수정일시"), "newest changes first");

            // sorting by title: visible and in the address; a second click turns it round
            browser.click("th.sortable a[href*='sort=title']");
            browser.patientlyUntil(d -> d.getCurrentUrl().contains("sort=title&dir=asc"));
            WebElement title = browser.find("th[aria-sort=ascending]");
            assertTrue(title.getText().startsWith("제목"), title.getText());
            assertEquals("▲", title.findElement(By.cssSelector(".sort-mark")).getText());
            assertEquals(word + " 01", titles(browser).get(0));
            browser.click("th[aria-sort=ascending] a");
            browser.patientlyUntil(d -> d.getCurrentUrl().contains("sort=title&dir=desc"));
            assertEquals(
                    "▼", browser.find("th[aria-sort=descending] .sort-mark").getText());
            assertEquals(word + " 23", titles(browser).get(0));
            browser.driver().navigate().back();
            browser.patientlyUntil(d -> d.getCurrentUrl().contains("dir=asc"));
            assertEquals(word + " 01", titles(browser).get(0));

            // the page too, with filter and sort; a reload keeps it
            browser.click("a.pager-next");
            browser.patientlyUntil(d -> d.getCurrentUrl().contains("page=2"));
            String second = browser.driver().getCurrentUrl();
            assertTrue(second.contains("sort=title") && second.contains("q="), second);
            assertEquals(List.of(word + " 21", word + " 22", word + " 23"), titles(browser));
            browser.driver().navigate().refresh();
            browser.waitFor(".news-table");
            assertEquals(List.of(word + " 21", word + " 22", word + " 23"), titles(browser));
            assertEquals(word, browser.find("#filter-q").getAttribute("value"));
            assertEquals("page", browser.find(".table-pager a.current").getAttribute("aria-current"));

            // publish two chosen rows: they are public, the address stays
            choose(browser, word + " 21");
            choose(browser, word + " 22");
            browser.click("[id='posts:publish']");
            browser.waitForText("고른 글 2개 가운데 2개를 게시했습니다.");
            assertEquals(second, browser.driver().getCurrentUrl());
            assertEquals(2, browser.all(".news-table .state-PUBLISHED").size());
            assertEquals(2, browser.all(".news-table a.row-public").size(), "view on site, for published posts only");
            assertEquals(3, browser.all(".news-table a.row-preview").size());
            String publicPath = browser.all(".news-table a.row-public")
                    .get(0)
                    .getAttribute("href")
                    .replace(baseUrl, "");
            assertEquals(200, new Http().get(publicPath).status(), "readers see it");

            // withdraw one of them
            choose(browser, word + " 21");
            browser.click("[id='posts:withdraw']");
            browser.waitForText("고른 글 1개 가운데 1개를 사이트에서 내렸습니다");
            assertEquals(1, browser.all(".news-table .state-PUBLISHED").size());

            // move one to another category
            Select categories = new Select(browser.find("[id='posts:moveTo']"));
            String target = categories.getOptions().get(2).getText();
            categories.selectByIndex(2);
            choose(browser, word + " 23");
            browser.click("[id='posts:move']");
            browser.waitForText("1개를 ‘" + target + "’ 분류로 옮겼습니다.");
            assertEquals(
                    target,
                    browser.find("tr:has(input[aria-label='‘" + word + " 23’ 고르기']) td:nth-child(4)")
                            .getText());

            // delete after confirmation: asked first, then gone
            choose(browser, word + " 22");
            choose(browser, word + " 23");
            browser.click("[id='posts:delete']");
            browser.waitFor(".confirm-dialog .ui-confirmdialog-yes");
            browser.screenshot("newsroom-06-table-delete-confirm");
            browser.click(".confirm-dialog .ui-confirmdialog-yes");
            browser.waitForText("글 2개를 삭제했습니다.");
            assertEquals(List.of(word + " 21"), titles(browser));
            assertEquals(404, new Http().get(publicPath).status(), "a deleted post is gone from the site");
            browser.screenshot("newsroom-07-table");

            // nothing chosen: said, nothing done
            browser.click("[id='posts:publish']");
            browser.waitForText("먼저 표에서 글을 골라 주세요.");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }
}
