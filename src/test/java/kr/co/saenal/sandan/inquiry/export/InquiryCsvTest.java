package kr.co.saenal.sandan.inquiry.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InquiryCsvTest {

    @Test
    void plainTextStaysAsItIs() {
        assertEquals("남동정밀", InquiryCsv.cell("남동정밀"));
        assertEquals("010-1234-5678", InquiryCsv.cell("010-1234-5678"));
        assertEquals("", InquiryCsv.cell(""));
    }

    @Test
    void whatASpreadsheetWouldRunIsNeutralised() {
        assertEquals("'=cmd|' /C calc'!A0", InquiryCsv.cell("=cmd|' /C calc'!A0"));
        assertEquals("'+1+2", InquiryCsv.cell("+1+2"));
        assertEquals("'-2+3", InquiryCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", InquiryCsv.cell("@SUM(A1)"));
        assertEquals("'\t=1", InquiryCsv.cell("\t=1"));
        assertEquals("\"'\r=1\"", InquiryCsv.cell("\r=1"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("\"a,b\"", InquiryCsv.cell("a,b"));
        assertEquals("\"그는 \"\"네\"\"라고\"", InquiryCsv.cell("그는 \"네\"라고"));
        assertEquals("\"첫 줄\n둘째 줄\"", InquiryCsv.cell("첫 줄\n둘째 줄"));
        assertEquals("\"'=1,2\"", InquiryCsv.cell("=1,2"));
    }
}
