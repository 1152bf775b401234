package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.WorkbookKind;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2026 Q1 trend workbook of the national complexes. */
class TrendWorkbookTest {

    private static byte[] file;
    private static TrendWorkbook workbook;

    @BeforeAll
    static void read() {
        file = KicoxWorkbooks.trend();
        workbook = (TrendWorkbook) new WorkbookReader(WorkbookLimits.DEFAULT_MAX_BYTES).read("t.xlsx", file);
    }

    @Test
    void isRecognisedWithItsOwnQuarter() {
        assertEquals(WorkbookKind.TREND, workbook.kind());
        assertEquals(new Quarter(2026, 1), workbook.quarter());
        assertEquals(40, workbook.rowCount());
        assertTrue(workbook.problems().isEmpty(), () -> workbook.problems().toString());
    }

    @Test
    void readsThisQuartersColumnOfEveryTable() {
        TrendRow namdong = row("남동");
        assertEquals(Figure.of(8091), namdong.figures().tenantFirms());
        assertEquals(Figure.of(7771), namdong.figures().operatingFirms());
        assertEquals(Figure.of(5156), namdong.figures().leasingFirms());
        assertEquals(Figure.of(94056), namdong.figures().employment());
        assertEquals(
                0,
                new BigDecimal("82394.380770")
                        .compareTo(namdong.figures().stored().production().value()),
                "억원, six decimals kept");
        assertEquals(
                0,
                new BigDecimal("73.321113")
                        .compareTo(namdong.figures().stored().utilizationRate().value()));
        assertEquals("울산·미포", row("울산·미포").shortName(), "the middle dot written one way");
    }

    @Test
    void keepsSuppressedFiguresApartFromZero() {
        TrendRow yongin = row("용인첨단시스템반도체");
        assertEquals(Figure.of(0), yongin.figures().tenantFirms(), "a real zero stays a zero");
        assertTrue(yongin.figures().production().isSuppressed());
        assertTrue(yongin.figures().exports().isSuppressed());
        assertTrue(yongin.figures().employment().isSuppressed());
        assertTrue(yongin.figures().utilizationRate().isSuppressed());
        // six complexes of five or fewer firms: production, exports, employment and utilisation suppressed
        assertEquals(
                java.util.Set.of("용인첨단시스템반도체", "송산그린시티", "동두천", "국가식품클러스터(외)", "경남항공", "진해"),
                workbook.rows().stream()
                        .filter(r -> r.figures().production().isSuppressed())
                        .map(TrendRow::shortName)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(
                24,
                workbook.rows().stream()
                        .mapToLong(r -> r.figures().asMap().values().stream()
                                .filter(Figure::isSuppressed)
                                .count())
                        .sum(),
                "the X cells of this quarter's columns of tables 4, 6, 8 and 10");
    }

    @Test
    void tableOnesFiguresAddUpToItsTotalRow() throws IOException {
        long tenants = workbook.rows().stream()
                .mapToLong(r -> r.figures().get(TrendField.TENANT_FIRMS).value().longValueExact())
                .sum();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var total = KicoxWorkbooks.row(book.getSheet("표1 단지별 입주"), 0, "계");
            assertEquals((long) total.getCell(2).getNumericCellValue(), tenants);
            assertEquals(65_209, tenants);
        }
    }

    private static TrendRow row(String shortName) {
        return workbook.rows().stream()
                .filter(r -> r.shortName().equals(shortName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(shortName));
    }
}
