package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.platform.Texts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Cells as people leave them: numbers written as text (with separators, spaces, a per cent sign), "X" and "-",
 * names with trailing spaces; and cells nobody can read, listed with their row, column and value.
 */
class UnusualCellsTest {

    private final WorkbookReader reader = new WorkbookReader(WorkbookLimits.DEFAULT_MAX_BYTES);

    @Test
    void numbersAsTextMarksAndSpacesAreRead() {
        byte[] file = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            Row magok = KicoxWorkbooks.row(top, "서울", "마곡");
            magok.getCell(3).setCellValue("마곡\u00A0 "); // trailing no-break space
            magok.getCell(5).setCellValue(" 1,124 "); // 지정면적 as text
            magok.getCell(11).setCellValue("82.72%"); // 분양률 as text with its sign
            magok.getCell(12).setCellValue("X"); // 입주업체 suppressed
            magok.getCell(13).setCellValue("-"); // 가동업체 none
            Row gangdong = KicoxWorkbooks.row(top, "서울", "강동");
            gangdong.getCell(7).setCellValue("１２"); // full-width digits
        });
        StatisticsWorkbook workbook = (StatisticsWorkbook) reader.read("q.xlsx", file);
        StatisticsRow magok = top(workbook, "마곡");
        assertEquals("마곡", magok.name());
        assertEquals(Figure.of(1124), magok.figures().designatedArea());
        assertEquals(Figure.of(new BigDecimal("82.72")), magok.figures().saleRate());
        assertTrue(magok.figures().tenantFirms().isSuppressed());
        assertTrue(magok.figures().operatingFirms().isNone());
        assertFalse(magok.figures().operatingFirms().equals(Figure.of(0)));
        assertFalse(magok.figures().operatingFirms().equals(magok.figures().tenantFirms()));
        assertEquals(Figure.of(12), top(workbook, "강동").figures().industrialArea());
        assertTrue(workbook.skippedRows().isEmpty(), () -> workbook.problems().toString());
    }

    @Test
    void unreadableCellsAreListedWithRowColumnAndValueAndTheirRowsLeftOut() {
        byte[] file = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(6).setCellValue("약 1천");
            KicoxWorkbooks.row(top, "서울", "강동").getCell(12).setCellValue(2.5);
            KicoxWorkbooks.row(top, "부산", "명례").getCell(4).setCellValue("공사중");
            KicoxWorkbooks.row(top, "부산", "산양").getCell(1).setCellValue("평양");
        });
        StatisticsWorkbook workbook = (StatisticsWorkbook) reader.read("q.xlsx", file);
        List<RowProblem> skipped = workbook.skippedRows();
        assertEquals(4, skipped.size(), skipped::toString);
        RowProblem magok = skipped.get(0);
        assertEquals(KicoxWorkbooks.TOP_SHEET, magok.sheet());
        assertEquals(9, magok.row());
        assertEquals("G", magok.column());
        assertEquals("관리면적", magok.header());
        assertEquals("약 1천", magok.value());
        assertEquals(RowProblem.Reason.NOT_A_NUMBER, magok.reason());
        assertEquals("숫자가 아닙니다. 이 행은 가져오지 않습니다.", magok.text(Locale.KOREAN));
        RowProblem gangdong = skipped.get(1);
        assertEquals("M", gangdong.column());
        assertEquals("입주업체", gangdong.header());
        assertEquals("2.5", gangdong.value());
        assertEquals(RowProblem.Reason.NOT_A_WHOLE_NUMBER, gangdong.reason());
        assertEquals(RowProblem.Reason.UNKNOWN_STATUS, skipped.get(2).reason());
        assertEquals("조성상태", skipped.get(2).header());
        assertEquals(RowProblem.Reason.UNKNOWN_SIDO, skipped.get(3).reason());
        assertEquals("평양", skipped.get(3).value());
        assertEquals(1_353 - 4, workbook.topRows().size());
        assertTrue(workbook.topRows().stream().noneMatch(r -> r.name().equals("마곡")));
        try (Texts.Scope en = Texts.speak(Locale.ENGLISH)) {
            assertEquals("Not a number. This row is not imported.", magok.text());
        }
    }

    @Test
    void theSameComplexTwiceIsReadOnce() {
        byte[] file = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "서울", "강동").getCell(3).setCellValue("마곡");
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(2).setCellValue("강동구");
        });
        StatisticsWorkbook workbook = (StatisticsWorkbook) reader.read("q.xlsx", file);
        RowProblem duplicate = workbook.skippedRows().get(0);
        assertEquals(RowProblem.Reason.DUPLICATE, duplicate.reason());
        assertEquals(10, duplicate.row());
        assertEquals("같은 단지가 이미 9행에 있습니다. 이 행은 가져오지 않습니다.", duplicate.text(Locale.KOREAN));
    }

    @Test
    void theTrendWorkbooksDashIsNoneAndItsRowsOfUnreadableCellsAreLeftOut() {
        byte[] file = KicoxWorkbooks.derive(KicoxWorkbooks.trend(), book -> {
            KicoxWorkbooks.row(book.getSheet("표4 단지별 생산"), 0, "안정").getCell(2).setCellValue("-");
            KicoxWorkbooks.row(book.getSheet("표6 단지별 수출"), 0, "창원").getCell(2).setCellValue("n/a");
            KicoxWorkbooks.row(book.getSheet("표1 단지별 입주"), 0, "진해").getCell(2).setCellValue(" 3 ");
        });
        TrendWorkbook workbook = (TrendWorkbook) reader.read("t.xlsx", file);
        TrendRow anjeong = workbook.rows().stream()
                .filter(r -> r.shortName().equals("안정"))
                .findFirst()
                .orElseThrow();
        assertTrue(anjeong.figures().production().isNone());
        assertEquals(
                Figure.of(3),
                workbook.rows().stream()
                        .filter(r -> r.shortName().equals("진해"))
                        .findFirst()
                        .orElseThrow()
                        .figures()
                        .tenantFirms());
        assertEquals(39, workbook.rowCount(), "창원 left out of every table");
        RowProblem changwon = workbook.skippedRows().get(0);
        assertEquals("표6 단지별 수출", changwon.sheet());
        assertEquals("C", changwon.column());
        assertEquals("당분기", changwon.header());
        assertEquals("n/a", changwon.value());
    }

    private static StatisticsRow top(StatisticsWorkbook workbook, String name) {
        return workbook.topRows().stream()
                .filter(r -> r.key().sido() == Sido.SEOUL && r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }
}
