package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.testsupport.AttachmentFixtures;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Readings;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Attachments as editors and readers meet them: an editor attaches a PDF, an HWP and an HWPX to a post in a real
 * browser and publishes it; a reader sees them listed, downloads each under its Korean name with the same bytes,
 * resumes with a range, and finds the post by a word that is only inside the PDF and one only inside the HWP. Files
 * that must not be stored (a renamed program, a .docm, HTML called .pdf, an encrypted ZIP, a file over the limit,
 * which the test server sets to 3 MiB) are refused in Korean and nothing is stored. The server's limit is
 * {@code SANDAN_ATTACHMENT_MAX_BYTES=3145728} (pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsJourneyIT {

    private static final long LIMIT = 3L * 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private String base() {
        return base.toString().replaceAll("/$", "");
    }

    private static Path file(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void logIn(Browser browser) {
        browser.open("/admin/news/");
        browser.type("input[name='login:username']", Staff.ADMIN);
        browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
        browser.click("[id='login:submit']");
        browser.waitFor(".news-table");
    }

    /** Writes a new post and saves it as asked; returns its id. */
    private static long writePost(Browser browser, String title, boolean publish, Path... files) {
        browser.open("/admin/news/edit");
        browser.type("[id='post:title']", title);
        browser.type("[id='post:summary']", "첨부파일이 있는 시험용 글입니다.");
        browser.click(".ql-editor");
        browser.driver().findElement(By.cssSelector(".ql-editor")).sendKeys("공고문은 첨부파일을 내려받아 읽어 주세요.");
        new Select(browser.find("[id='post:categoryId']")).selectByIndex(1);
        if (files.length > 0) {
            choose(browser, files);
        }
        browser.click(publish ? "label[for='post:publication:1']" : "label[for='post:publication:0']");
        browser.click("[id='post:save']");
        browser.waitForText(publish ? "사이트에 공개되어 있습니다" : "임시저장했습니다");
        return idOf(browser.driver().getCurrentUrl());
    }

    private static void choose(Browser browser, Path... files) {
        browser.driver()
                .findElement(By.id("post:attachmentFiles"))
                .sendKeys(String.join(
                        "\n", Arrays.stream(files).map(Path::toString).toList()));
    }

    private static long idOf(String url) {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), url);
        return Long.parseLong(m.group(1));
    }

    /** The article, at its address with the slug ({@code /news/ID} answers 301 to it). */
    private Document article(Http reader, long postId) {
        Http.Reply reply = reader.get("/news/" + postId);
        if (reply.status() == 301) {
            String location = reply.header("Location").orElseThrow();
            reply = reader.get(location.substring(location.indexOf("/news/")));
        }
        assertEquals(200, reply.status());
        return reply.html();
    }

    private static String nameIn(String contentDisposition) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(contentDisposition);
        assertTrue(m.find(), contentDisposition);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void anEditorAttachesFilesThatReadersDownloadAndFind() throws IOException {
        Path folder = Files.createTempDirectory("attachments");
        byte[] pdf = AttachmentFixtures.pdf("Subsidy notice: Decarbonisationfund applications open");
        byte[] hwp = AttachmentFixtures.hwp("2026년 스마트공장 지원사업 공고", "수소연료전지 설비 입주기업을 모집합니다");
        byte[] hwpx = AttachmentFixtures.hwpx("입주기업 설명회 안내", "장소: 시험산업단지 지원센터");
        Path pdfFile = file(folder, "2026 지원사업 공고문.pdf", pdf);
        Path hwpFile = file(folder, "스마트공장 공고문.hwp", hwp);
        Path hwpxFile = file(folder, "설명회 안내.hwpx", hwpx);
        String title = "첨부파일 세 개가 있는 지원사업 공고";
        long postId;
        try (Browser browser = new Browser(base(), 1366, 900)) {
            logIn(browser);
            postId = writePost(browser, title, true, pdfFile, hwpFile, hwpxFile);
            browser.waitForCount(".attachment-edit-list .attachment", 3);
            List<String> listed = browser.all(".attachment-edit-list .attachment-name").stream()
                    .map(e -> e.getText())
                    .toList();
            assertEquals(List.of("2026 지원사업 공고문.pdf", "스마트공장 공고문.hwp", "설명회 안내.hwpx"), listed);
            browser.screenshot("attachments-01-editor");

            // reordering: the HWPX first; the post then saves without being taken for someone else's edit
            browser.click("[id$=':2:up']");
            browser.waitFor(".attachment-edit-list .attachment:nth-child(2) .file-icon-HWPX");
            browser.click("[id$=':1:up']");
            browser.waitForText("순서를 바꿨습니다");
            browser.waitFor(".attachment-edit-list .attachment:first-child .file-icon-HWPX");
            browser.type("[id='post:summary']", "첨부파일이 있는 시험용 글입니다. 순서를 바꿨습니다.");
            browser.click("[id='post:save']");
            browser.waitForText("사이트에 공개되어 있습니다");

            // the reader's browser saves each file under its Korean name, byte for byte
            browser.open("/news/" + postId);
            browser.waitFor(".attachments");
            List<String> names = browser.all(".attachment-list .attachment-name").stream()
                    .map(e -> e.getText())
                    .toList();
            assertEquals(List.of("설명회 안내.hwpx", "2026 지원사업 공고문.pdf", "스마트공장 공고문.hwp"), names);
            assertEquals(
                    "HWPX",
                    browser.find(".attachment-list .attachment:first-child .file-icon")
                            .getText());
            browser.screenshot("attachments-02-article");
            for (Map.Entry<String, byte[]> expected : Map.of(
                            "2026 지원사업 공고문.pdf", pdf, "스마트공장 공고문.hwp", hwp, "설명회 안내.hwpx", hwpx)
                    .entrySet()) {
                browser.driver().findElement(By.linkText(expected.getKey())).click();
                assertArrayEquals(
                        expected.getValue(),
                        Files.readAllBytes(browser.downloaded(expected.getKey())),
                        expected.getKey());
            }
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }

        Http reader = new Http(base());
        Document article = article(reader, postId);
        Element pdfLink = article.selectFirst(".attachment-list a.attachment-name:contains(공고문.pdf)");
        String pdfPath = pdfLink.attr("href");
        // a person's browser: programs (this client's own User-Agent, crawlers) download without being counted
        Http.Reply whole = reader.get(pdfPath, "User-Agent", Readings.BROWSER);
        assertEquals(200, whole.status());
        assertArrayEquals(pdf, whole.bytes());
        assertEquals("application/pdf", whole.contentType());
        assertEquals("nosniff", whole.header("X-Content-Type-Options").orElseThrow());
        String disposition = whole.header("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertEquals("2026 지원사업 공고문.pdf", nameIn(disposition));
        assertTrue(disposition.contains("filename=\"2026 ____ ___.pdf\""), disposition);
        String etag = whole.header("ETag").orElseThrow();
        assertEquals(304, reader.get(pdfPath, "If-None-Match", etag).status());

        Http.Reply part = reader.get(pdfPath, "Range", "bytes=100-199");
        assertEquals(206, part.status());
        assertEquals("bytes 100-199/" + pdf.length, part.header("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(pdf, 100, 200), part.bytes());
        Http.Reply rest = reader.get(pdfPath, "Range", "bytes=" + (pdf.length - 10) + "-");
        assertEquals(206, rest.status());
        assertArrayEquals(Arrays.copyOfRange(pdf, pdf.length - 10, pdf.length), rest.bytes());
        Http.Reply past = reader.get(pdfPath, "Range", "bytes=" + pdf.length + "-");
        assertEquals(416, past.status());
        assertEquals("bytes */" + pdf.length, past.header("Content-Range").orElseThrow());
        Http.Reply stale = reader.get(pdfPath, "Range", "bytes=0-9", "If-Range", "\"other\"");
        assertEquals(200, stale.status(), "a changed file is sent whole");

        Http.Reply inline = reader.get(article.selectFirst(".attachment-open").attr("href"));
        assertTrue(inline.header("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertArrayEquals(pdf, inline.bytes());

        // counted once for this reader today, however often it downloads; another reader counts again
        new Http(base()).get(pdfPath, "User-Agent", Readings.BROWSER);
        new Http(base()).get(pdfPath);
        awaitDownloads(postId, "2026 지원사업 공고문.pdf", 3);

        // found by a word only inside the PDF and by one only inside the HWP, and the results say where
        for (String[] search :
                new String[][] {{"Decarbonisationfund", "2026 지원사업 공고문.pdf"}, {"수소연료전지", "스마트공장 공고문.hwp"}}) {
            Document results = reader.get("/search?q=" + URLEncoder.encode(search[0], StandardCharsets.UTF_8))
                    .html();
            Element hit = results.select(".search-hit").stream()
                    .filter(h -> h.select(".search-hit-title").text().equals(title))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(search[0] + " did not find the post"));
            assertEquals(
                    "첨부파일 ‘" + search[1] + "’에서", hit.select(".search-in-file").text());
            assertFalse(hit.select(".search-snippet mark").isEmpty(), hit.outerHtml());
        }

        // the lists mark the post as carrying files, in words for screen readers
        Document list = reader.get("/news").html();
        Element row = list.select(".news-row").stream()
                .filter(r -> r.text().contains(title))
                .findFirst()
                .orElseThrow();
        assertEquals("첨부파일 있음", row.selectFirst(".has-files").attr("aria-label"));

        // another system reads the same files from the JSON API, in the article's order
        JsonArray listed =
                Requests.json(reader.get("/api/news/" + postId).body()).getJsonArray("attachments");
        assertEquals(
                article.select(".attachment-list a.attachment-name").eachText(),
                listed.getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("fileName"))
                        .toList());
        JsonObject pdfListed = listed.getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("fileName").equals("2026 지원사업 공고문.pdf"))
                .findFirst()
                .orElseThrow();
        assertEquals(pdfPath, pdfListed.getString("url"));
        assertEquals("application/pdf", pdfListed.getString("contentType"));
        assertEquals(pdf.length, pdfListed.getJsonNumber("size").longValue());
    }

    /** Downloads are added to the database within seconds; the article shows them with those still pending. */
    private void awaitDownloads(long postId, String fileName, int count) {
        long until = System.currentTimeMillis() + 15_000;
        String shown = "";
        while (System.currentTimeMillis() < until) {
            Element file = article(new Http(base()), postId).select(".attachment-list .attachment").stream()
                    .filter(li -> li.select(".attachment-name").text().equals(fileName))
                    .findFirst()
                    .orElseThrow();
            shown = file.select(".attachment-meta").text();
            if (shown.contains("내려받기 " + count + "회")) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(fileName + ": " + shown);
    }

    @Test
    void filesThatMustNotBeStoredAreRefusedInKorean() throws IOException {
        Path folder = Files.createTempDirectory("refused");
        Path good = file(folder, "신청서 양식.zip", AttachmentFixtures.plainZip());
        String title = "거절되는 첨부파일 시험";
        try (Browser browser = new Browser(base(), 1366, 900)) {
            logIn(browser);
            long postId = writePost(browser, title, true, good);
            browser.waitForCount(".attachment-edit-list .attachment", 1);
            byte[] large = new byte[(int) LIMIT + 1];
            System.arraycopy(AttachmentFixtures.pdf("large"), 0, large, 0, 100);
            Map<Path, String> refused = new java.util.LinkedHashMap<>();
            refused.put(
                    file(folder, "공고문.exe.pdf", AttachmentFixtures.program()), "‘공고문.exe.pdf’ 파일은 실행 파일이라 첨부할 수 없습니다.");
            refused.put(file(folder, "설치 안내.hwp", AttachmentFixtures.program()), "‘설치 안내.hwp’ 파일은 실행 파일이라 첨부할 수 없습니다.");
            refused.put(
                    file(folder, "신청서.docm", AttachmentFixtures.docx(true)), "‘신청서.docm’ 파일에는 매크로가 들어 있어 첨부할 수 없습니다.");
            refused.put(
                    file(folder, "공고문.pdf", AttachmentFixtures.html()),
                    "‘공고문.pdf’ 파일의 이름(.pdf)과 내용(HTML 문서)이 맞지 않습니다.");
            refused.put(
                    file(folder, "자료 모음.zip", AttachmentFixtures.encryptedZip()),
                    "‘자료 모음.zip’ 파일은 암호가 걸려 있어 첨부할 수 없습니다.");
            refused.put(file(folder, "큰 공고문.pdf", large), "‘큰 공고문.pdf’ 파일이 너무 큽니다. 첨부파일은 한 파일에 3MB까지 올릴 수 있습니다.");
            int shot = 0;
            for (Map.Entry<Path, String> refusal : refused.entrySet()) {
                browser.open("/admin/news/edit?id=" + postId);
                browser.type("[id='post:title']", title + " (고침)");
                choose(browser, good, refusal.getKey());
                browser.click("[id='post:save']");
                browser.waitFor(".field-error");
                String error = browser.find(".attachments-box .field-error").getText();
                assertTrue(error.startsWith(refusal.getValue()), error);
                if (shot++ == 0) {
                    browser.screenshot("attachments-03-refused");
                }
            }
            // a form larger than the limit plus the form around it never reaches Faces: the page says so
            byte[] huge = new byte[12 * 1024 * 1024]; // past the image library's 10 MiB + 1 MiB as well
            System.arraycopy(AttachmentFixtures.pdf("huge"), 0, huge, 0, 100);
            browser.open("/admin/news/edit?id=" + postId);
            choose(browser, file(folder, "아주 큰 공고문.pdf", huge));
            browser.click("[id='post:save']");
            browser.waitForText("올린 파일이 너무 큽니다.");
            assertTrue(
                    browser.driver().getCurrentUrl().contains("id=" + postId),
                    browser.driver().getCurrentUrl());

            // nothing was stored: neither the good file sent alongside, nor the post's new title
            browser.open("/admin/news/edit?id=" + postId);
            browser.waitForCount(".attachment-edit-list .attachment", 1);
            assertEquals(title, browser.find("[id='post:title']").getAttribute("value"));
            Document article = article(new Http(base()), postId);
            assertEquals(1, article.select(".attachment-list .attachment").size());
            assertEquals(title, article.selectFirst("h1").text());

            // taking the file off: gone from the article, and its address answers 404
            String path = article.selectFirst(".attachment-name").attr("href");
            assertEquals(200, new Http(base()).get(path).status());
            browser.click("[id$=':0:remove']");
            browser.waitForText("파일을 뺐습니다");
            assertTrue(article(new Http(base()), postId).select(".attachments").isEmpty());
            assertEquals(404, new Http(base()).get(path).status());
        }
    }

    @Test
    void aDraftsFilesAreForStaffOnly() throws IOException {
        Path folder = Files.createTempDirectory("draft");
        byte[] pdf = AttachmentFixtures.pdf("Draft notice");
        try (Browser browser = new Browser(base(), 1366, 900)) {
            logIn(browser);
            writePost(browser, "아직 공개하지 않은 공고", false, file(folder, "초안 공고문.pdf", pdf));
            String path = browser.find(".attachment-edit-list .attachment-name").getAttribute("href");
            path = path.substring(path.indexOf("/files/"));
            assertEquals(404, new Http(base()).get(path).status(), "readers do not get a draft's files");
            Http.Reply staff =
                    new Http(base()).get(path, "Authorization", Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD));
            assertEquals(200, staff.status());
            assertArrayEquals(pdf, staff.bytes());
            assertEquals("private, no-store", staff.header("Cache-Control").orElseThrow());
        }
    }
}
