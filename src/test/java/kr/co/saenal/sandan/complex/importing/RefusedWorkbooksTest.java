package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Supplier;
import kr.co.saenal.sandan.platform.Texts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every file that is not one of KICOX's workbooks, or not one Sandan can read safely, is refused with a reason
 * people can act on, in Korean (and in English when asked). The reader stores nothing; the IT checks that the
 * service changes nothing either.
 */
class RefusedWorkbooksTest {

    private final WorkbookReader reader = new WorkbookReader(WorkbookLimits.DEFAULT_MAX_BYTES);

    @Test
    void anEmptyFile() {
        assertRefused(WorkbookRefusedException.Reason.EMPTY, () -> new byte[0], "내용이 없는 파일");
    }

    @Test
    void aFileOverTheSizeLimit() {
        WorkbookReader small = new WorkbookReader(100_000);
        WorkbookRefusedException refused =
                assertThrows(WorkbookRefusedException.class, () -> small.read("big.xlsx", KicoxWorkbooks.statistics()));
        assertEquals(WorkbookRefusedException.Reason.TOO_LARGE, refused.reason());
        assertEquals("통계 파일은 0.1MB 이하만 올릴 수 있습니다. (올린 파일: 0.7MB)", korean(refused));
    }

    @Test
    void somethingThatIsNoWorkbook() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(WorkbookRefusedException.Reason.NOT_A_WORKBOOK, () -> png, "엑셀 통합 문서(.xlsx)가 아닌");
    }

    @Test
    void aCsvRenamedToXlsx() {
        assertRefused(WorkbookRefusedException.Reason.TEXT_FILE, KicoxWorkbooks::csv, "이름만 .xlsx로 바꾼 파일");
    }

    @Test
    void anOldXlsWorkbook() {
        assertRefused(WorkbookRefusedException.Reason.LEGACY_FORMAT, KicoxWorkbooks::legacyXls, ".xlsx");
    }

    @Test
    void aPasswordProtectedWorkbook() {
        assertRefused(
                WorkbookRefusedException.Reason.ENCRYPTED,
                () -> KicoxWorkbooks.encrypted(KicoxWorkbooks.trend(), "secret"),
                "암호");
    }

    @Test
    void aZipBombMadeFromTheRealWorkbook() {
        byte[] bomb = KicoxWorkbooks.zipBomb(KicoxWorkbooks.trend(), 40);
        assertTrue(bomb.length < 1_000_000, "40 MB of one sheet packed into " + bomb.length + " bytes");
        assertRefused(WorkbookRefusedException.Reason.ZIP_BOMB, () -> bomb, "압축을 풀면 지나치게 커지는");
    }

    @Test
    void aZipThatIsNoOfficeFile() {
        assertRefused(WorkbookRefusedException.Reason.NOT_A_WORKBOOK, KicoxWorkbooks::plainZip, "엑셀 통합 문서(.xlsx)가 아닌");
    }

    @Test
    void aDamagedWorkbook() {
        byte[] workbook = KicoxWorkbooks.trend();
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertRefused(WorkbookRefusedException.Reason.DAMAGED, () -> cut, "손상");
    }

    @Test
    void aWorkbookOfSomethingElse() {
        assertRefused(
                WorkbookRefusedException.Reason.UNKNOWN_KIND,
                KicoxWorkbooks::unrelatedWorkbook,
                "‘전국산업단지현황(상위단지)’ 시트가, 국가산업단지 산업동향정보 파일에는 ‘표1 단지별 입주’ 시트가");
    }

    @Test
    void theStatisticsWorkbookWithoutItsMainSheet() {
        WorkbookRefusedException refused = assertRefused(
                WorkbookRefusedException.Reason.MISSING_SHEET,
                () -> KicoxWorkbooks.derive(
                        KicoxWorkbooks.statistics(),
                        book -> book.removeSheetAt(book.getSheetIndex(KicoxWorkbooks.TOP_SHEET))),
                "전국산업단지현황통계 파일로 보이지만 ‘전국산업단지현황(상위단지)’ 시트가 없습니다.");
        assertEquals(
                "This looks like the National industrial complex statistics file, but it has no sheet"
                        + " ‘전국산업단지현황(상위단지)’. Please upload the original file, with no sheet deleted or renamed.",
                english(refused));
    }

    @Test
    void theTrendWorkbookWithoutATable() {
        assertRefused(
                WorkbookRefusedException.Reason.MISSING_SHEET,
                () -> KicoxWorkbooks.derive(
                        KicoxWorkbooks.trend(), book -> book.removeSheetAt(book.getSheetIndex("표6 단지별 수출"))),
                "‘표6 단지별 수출’ 시트가 없습니다");
    }

    @Test
    void aSheetWhoseHeaderLacksAColumn() {
        assertRefused(
                WorkbookRefusedException.Reason.MISSING_HEADER,
                () -> KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
                    Row header = KicoxWorkbooks.row(book.getSheet(KicoxWorkbooks.TOP_SHEET), 0, "유형");
                    header.getCell(12).setCellValue("업체");
                }),
                "‘전국산업단지현황(상위단지)’ 시트에서 ‘입주업체’ 열을 찾지 못했습니다.");
        assertRefused(
                WorkbookRefusedException.Reason.MISSING_HEADER,
                () -> KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
                    Row header = KicoxWorkbooks.row(book.getSheet(KicoxWorkbooks.AGED_SHEET), 0, "유형");
                    header.getCell(3).setCellValue("이름");
                }),
                "‘부록4)노후산업단지’ 시트에서 ‘단지명’ 열을 찾지 못했습니다.");
        assertRefused(
                WorkbookRefusedException.Reason.MISSING_HEADER,
                () -> KicoxWorkbooks.derive(KicoxWorkbooks.trend(), book -> {
                    Row header = KicoxWorkbooks.row(book.getSheet("표10 단지별 가동률"), 0, "산업단지");
                    book.getSheet("표10 단지별 가동률")
                            .getRow(header.getRowNum() + 1)
                            .getCell(5)
                            .setCellValue("이번 분기");
                }),
                "‘표10 단지별 가동률’ 시트에서 ‘가동률 당분기’ 열을 찾지 못했습니다.");
    }

    @Test
    void aWorkbookWithoutItsPeriod() {
        assertRefused(
                WorkbookRefusedException.Reason.NO_PERIOD,
                () -> KicoxWorkbooks.derive(
                        KicoxWorkbooks.statistics(), book -> KicoxWorkbooks.retitle(book, "2025년 3분기", "")),
                "기준 분기");
    }

    @Test
    void sheetsOfDifferentQuarters() {
        WorkbookRefusedException refused = assertRefused(
                WorkbookRefusedException.Reason.PERIODS_DISAGREE,
                () -> KicoxWorkbooks.derive(KicoxWorkbooks.trend(), book -> {
                    XSSFWorkbook only = book;
                    only.getSheet("표8 단지별 고용").getRow(0).getCell(0).setCellValue("[표8] 2025년 4분기 단지별 고용현황");
                }),
                "시트 제목의 기준 분기가 서로 다릅니다");
        assertTrue(korean(refused).contains("표8 단지별 고용: 2025년 4분기"), korean(refused));
    }

    @Test
    void everyRefusalHasATitleAndADetailInBothLanguages() {
        for (WorkbookRefusedException.Reason reason : WorkbookRefusedException.Reason.values()) {
            String key = "problem." + reason.problemType();
            for (Locale locale : Texts.SPOKEN) {
                assertFalse(
                        Texts.format(WorkbookRefusedException.class, locale, key + ".title")
                                .isBlank(),
                        key);
                assertFalse(
                        Texts.format(WorkbookRefusedException.class, locale, key + ".detail", "a", "b")
                                .isBlank(),
                        key);
            }
        }
    }

    private WorkbookRefusedException assertRefused(
            WorkbookRefusedException.Reason reason, Supplier<byte[]> file, String koreanPart) {
        byte[] content = file.get();
        WorkbookRefusedException refused =
                assertThrows(WorkbookRefusedException.class, () -> reader.read("upload.xlsx", content));
        assertEquals(reason, refused.reason(), refused::getMessage);
        String korean = korean(refused);
        assertTrue(korean.contains(koreanPart), korean);
        String english = english(refused);
        assertFalse(english.equals(korean), english);
        return refused;
    }

    private static String korean(WorkbookRefusedException refused) {
        try (Texts.Scope ko = Texts.speak(Locale.KOREAN)) {
            return refused.text();
        }
    }

    private static String english(WorkbookRefusedException refused) {
        try (Texts.Scope en = Texts.speak(Locale.ENGLISH)) {
            return refused.text();
        }
    }
}
