package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kr.co.saenal.sandan.complex.importing.KicoxWorkbooks;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Staff;
import org.apache.poi.ss.usermodel.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An editor imports KICOX's workbooks in a real browser: a picture renamed .xlsx, a workbook without one of its
 * sheets and a compression bomb are each answered in Korean beside the file field, which says it is invalid and
 * takes the focus, and nothing changes (the history stays as it was); then a real quarter is previewed, applied,
 * found in the history and undone after a confirmation, which leaves the directory as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplexImportBrowserIT {

    private static final String PAGE = "/admin/complexes/import";
    private static final String HISTORY_ROWS = "[id='history:imports'] tbody tr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void badFilesAreAnsweredInKoreanAndChangeNothingAndAQuarterIsPreviewedAppliedAndUndone(@TempDir Path folder) {
        Map<String, Path> badFiles = new LinkedHashMap<>();
        badFiles.put("엑셀 통합 문서(.xlsx)가 아닌 파일입니다", write(folder, "사진.xlsx", png()));
        badFiles.put(
                "‘부록4)노후산업단지’ 시트가 없습니다",
                write(
                        folder,
                        "시트가빠진통계.xlsx",
                        KicoxWorkbooks.derive(
                                KicoxWorkbooks.statistics(),
                                book -> book.removeSheetAt(book.getSheetIndex(KicoxWorkbooks.AGED_SHEET)))));
        badFiles.put(
                "압축을 풀면 지나치게 커지는 파일이라 열지 않았습니다",
                write(folder, "압축폭탄.xlsx", KicoxWorkbooks.zipBomb(KicoxWorkbooks.trend(), 40)));
        Path quarter = write(folder, "한국산업단지공단_전국산업단지현황통계_20251231.xlsx", fourthQuarter());

        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open(PAGE);
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor("[id='upload:file']");
            List<String> history = historyRows(browser);

            int shot = 1;
            for (Map.Entry<String, Path> bad : badFiles.entrySet()) {
                browser.open(PAGE);
                upload(browser, bad.getValue());
                WebElement message = browser.waitFor("[id='upload:file'] ~ .field-error");
                assertTrue(message.getText().contains(bad.getKey()), bad.getKey() + " → " + message.getText());
                assertTrue(message.getText().endsWith("아무것도 바뀌지 않았습니다."), message.getText());
                WebElement field = browser.find("[id='upload:file']");
                assertEquals("true", field.getAttribute("aria-invalid"), "forms.js marks the field");
                assertTrue(field.getAttribute("aria-describedby").contains(message.getAttribute("id")));
                assertEquals(
                        "upload:file",
                        browser.driver().switchTo().activeElement().getAttribute("id"),
                        "the field takes the focus");
                assertTrue(browser.all("[id='preview']").isEmpty(), "no dry run");
                assertEquals(history, historyRows(browser), "nothing imported");
                browser.screenshot("complex-import-0" + shot++ + "-refused");
            }

            browser.open(PAGE);
            upload(browser, quarter);
            browser.waitFor("[id='preview-quarter']");
            assertEquals("2025년 4분기", browser.find("[id='preview-quarter']").getText());
            assertEquals("전국산업단지현황통계", browser.find("[id='preview-kind']").getText());
            assertEquals(
                    "1",
                    browser.find(".import-counts [data-count=added] .count-value")
                            .getText());
            assertEquals(
                    "3",
                    browser.find(".import-counts [data-count=changed] .count-value")
                            .getText());
            assertEquals(
                    "1",
                    browser.find(".import-counts [data-count=missing] .count-value")
                            .getText());
            assertTrue(browser.find("[id='preview:changed']").getText().contains("입주업체: 8,080개 → 8,100개"));
            assertEquals(history, historyRows(browser), "a dry run imports nothing");
            browser.screenshotWholePage("complex-import-04-preview");

            browser.click("[id='preview:apply']");
            browser.waitForText("가져왔습니다: 2025년 4분기 전국산업단지현황통계");
            List<String> after = historyRows(browser);
            assertEquals(history.size() + 1, after.size());
            assertTrue(after.get(0).contains("2025년 4분기"), after.get(0));
            assertTrue(after.get(0).contains("현재 수치"), after.get(0));
            browser.screenshot("complex-import-05-applied");

            browser.click("[id='history:undo']");
            browser.waitFor(".import-undo .confirm");
            assertTrue(browser.find(".import-undo .confirm").getText().contains("되돌릴까요?"));
            browser.screenshot("complex-import-06-undo-confirm");
            browser.click("[id='history:confirmUndo']");
            browser.waitForText("가져오기를 되돌렸습니다: 2025년 4분기 전국산업단지현황통계");
            assertEquals(history, historyRows(browser), "the directory is as it was");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.click("[id='upload:send']");
    }

    private static List<String> historyRows(Browser browser) {
        browser.waitFor("[id='history:imports']");
        return browser.all(HISTORY_ROWS).stream().map(WebElement::getText).toList();
    }

    /** KICOX's 2025 Q3 workbook made the next quarter: three complexes changed, 강동 gone, one new in 제주. */
    static byte[] fourthQuarter() {
        return KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "인천", "남동[재생사업지구]").getCell(12).setCellValue(8100);
            KicoxWorkbooks.row(top, "경기", "반월특수지역").getCell(11).setCellValue(" 96.5 ");
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(4).setCellValue("완료");
            top.removeRow(KicoxWorkbooks.row(top, "서울", "강동"));
            org.apache.poi.ss.usermodel.Row added = top.createRow(top.getLastRowNum() + 1);
            String[] text = {"일반", "제주", "제주시", "제주신규첨단", "미개발"};
            for (int c = 0; c < text.length; c++) {
                added.createCell(c).setCellValue(text[c]);
            }
            for (int c = 0; c < 7; c++) {
                added.createCell(5 + c).setCellValue(c < 3 ? 100 - c : 0);
            }
            added.createCell(12).setCellValue("X");
            added.createCell(13).setCellValue("-");
        });
    }

    /** A small PNG: what an editor might pick by mistake. */
    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
