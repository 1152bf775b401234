package kr.co.saenal.sandan.complex.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.complex.ComplexExportRow;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.DirectoryExport;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.StatisticsFigures;
import org.junit.jupiter.api.Test;

/** The CSV as Excel reads it: BOM, Korean headings, plain numbers, marks in words, RFC 4180 quoting, no formulas. */
class DirectoryCsvTest {

    private static final Quarter Q3 = new Quarter(2025, 3);

    @Test
    void startsWithTheByteOrderMarkAndKoreanHeadingsAndEndsWithTheSource() {
        String[] lines = lines(DirectoryCsv.write(
                new DirectoryExport(Q3, Instant.EPOCH, List.of(row("남동[재생사업지구]", figures(Figure.of(9574))))),
                "https://sandan.example",
                Locale.KOREAN));
        assertEquals(
                "유형,시도,시군,단지명,조성상태,지정면적(천㎡),관리면적(천㎡),산업시설구역 전체면적(천㎡),"
                        + "산업시설구역 분양대상(천㎡),산업시설구역 분양(천㎡),산업시설구역 미분양(천㎡),분양률(%),"
                        + "입주업체(개),가동업체(개),노후,두 시도,페이지",
                lines[0]);
        assertEquals(
                "국가,인천,남동구,남동[재생사업지구],완료,9574,9574,9574,9574,9574,9574,9574,9574,9574,예,아니요,"
                        + "https://sandan.example/complexes/812/%EB%82%A8%EB%8F%99",
                lines[1]);
        assertEquals("\"출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)\"", lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void theFileBeginsWithUtf8sByteOrderMark() {
        byte[] csv = DirectoryCsv.write(new DirectoryExport(Q3, Instant.EPOCH, List.of()), "", Locale.KOREAN);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void numbersArePlainAndMarksAreWordsNeverZero() {
        assertEquals("803666.5", DirectoryCsv.figure(Figure.of(new BigDecimal("803666.500")), Locale.KOREAN));
        assertEquals("100", DirectoryCsv.figure(Figure.of(new BigDecimal("1E+2")), Locale.KOREAN));
        assertEquals("0", DirectoryCsv.figure(Figure.of(new BigDecimal("0.000")), Locale.KOREAN));
        assertEquals("1234567", DirectoryCsv.figure(Figure.of(1_234_567), Locale.KOREAN), "no thousands separator");
        assertEquals("비공개", DirectoryCsv.figure(Figure.suppressed(), Locale.KOREAN));
        assertEquals("없음", DirectoryCsv.figure(Figure.none(), Locale.KOREAN));
        assertEquals("", DirectoryCsv.figure(null, Locale.KOREAN));

        String[] lines = lines(DirectoryCsv.write(
                new DirectoryExport(Q3, Instant.EPOCH, List.of(row("가", figures(Figure.suppressed())))),
                "",
                Locale.KOREAN));
        assertEquals(
                "국가,인천,남동구,가,완료,비공개,비공개,비공개,비공개,비공개,비공개,비공개,비공개,비공개,예,아니요," + "/complexes/812/%EB%82%A8%EB%8F%99",
                lines[1]);
        assertFalse(lines[1].contains(",0,"));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("남동[재생사업지구]", DirectoryCsv.text("남동[재생사업지구]"));
        assertEquals("\"한국수출산업 (①), 서울\"", DirectoryCsv.text("한국수출산업 (①), 서울"));
        assertEquals("\"이른바 \"\"첨단\"\" 단지\"", DirectoryCsv.text("이른바 \"첨단\" 단지"));
        assertEquals("\"두 줄\r\n이름\"", DirectoryCsv.text("두 줄\r\n이름"));
        assertEquals("", DirectoryCsv.text(null));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", DirectoryCsv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", DirectoryCsv.text("+1"));
        assertEquals("'-1+2", DirectoryCsv.text("-1+2"));
        assertEquals("'@SUM(A1)", DirectoryCsv.text("@SUM(A1)"));
        assertEquals("'\tx", DirectoryCsv.text("\tx"));
        assertEquals("\"'=1,2\"", DirectoryCsv.text("=1,2"), "neutralised, then quoted");
        assertEquals("a=b", DirectoryCsv.text("a=b"), "only the first character counts");

        String[] lines = lines(DirectoryCsv.write(
                new DirectoryExport(Q3, Instant.EPOCH, List.of(row("=cmd|' /C calc'!A0", figures(Figure.of(1))))),
                "",
                Locale.KOREAN));
        assertEquals("'=cmd|' /C calc'!A0", lines[1].split(",")[3]);
    }

    @Test
    void fileNamesSayTheQuarterInKoreanWithAnAsciiFallback() {
        assertEquals("산업단지_2025년3분기.csv", DirectoryCsv.fileName(Q3, Locale.KOREAN));
        assertEquals("complexes-2025Q3.csv", DirectoryCsv.asciiFileName(Q3));
        assertEquals("산업단지.csv", DirectoryCsv.fileName(null, Locale.KOREAN));
        assertEquals("complexes.csv", DirectoryCsv.asciiFileName(null));
        assertEquals("한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)", DirectoryCsv.source(Q3, Locale.KOREAN));
    }

    @Test
    void withoutAnImportThereIsOnlyTheHeadingRow() {
        String[] lines = lines(DirectoryCsv.write(new DirectoryExport(null, null, List.of()), "", Locale.KOREAN));
        assertEquals(1, lines.length);
    }

    private static ComplexExportRow row(String name, StatisticsFigures figures) {
        return new ComplexExportRow(
                812,
                "남동",
                name,
                ComplexType.NATIONAL,
                Sido.INCHEON,
                "남동구",
                DevelopmentStatus.COMPLETED,
                figures,
                true,
                false);
    }

    private static StatisticsFigures figures(Figure each) {
        return new StatisticsFigures(each, each, each, each, each, each, each, each, each);
    }

    /** The lines after the byte order mark (no field here holds a line break). */
    private static String[] lines(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("\r\n", text.substring(text.length() - 2), "every line ends with CRLF");
        return text.split("\r\n");
    }
}
