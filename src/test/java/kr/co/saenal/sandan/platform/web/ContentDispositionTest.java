package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void koreanNamesAreEncodedAsUtf8WithAnAsciiFallback() {
        assertEquals(
                "attachment; filename=\"inquiries_20260526_0930.csv\"; "
                        + "filename*=UTF-8''%EC%83%81%EB%8B%B4%EC%8B%A0%EC%B2%AD_20260526_0930.csv",
                ContentDisposition.attachment("inquiries_20260526_0930.csv", "상담신청_20260526_0930.csv"));
    }

    @Test
    void aNamePeopleGaveTravelsAsUtf8WithAnAsciiStandInThatKeepsTheExtension() {
        assertEquals(
                "attachment; filename=\"2026 ___.hwp\"; filename*=UTF-8''2026%20%EA%B3%B5%EA%B3%A0%EB%AC%B8.hwp",
                ContentDisposition.of(false, "2026 공고문.hwp"));
        assertEquals(
                "inline; filename=\"Resume_.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%25.pdf",
                ContentDisposition.of(true, "Résumé%.pdf"));
        assertEquals("a%2Ab%28c%29.pdf", ContentDisposition.encoded("a*b(c).pdf"), "no RFC 8187 attr-char");
    }

    @Test
    void spacesQuotesAndPercentSignsAreEncoded() {
        assertEquals("a%20b%22c%25d%27.csv", ContentDisposition.encoded("a b\"c%d'.csv"));
    }

    @Test
    void theFallbackNameMustNeedNoQuoting() {
        assertThrows(IllegalArgumentException.class, () -> ContentDisposition.attachment("a\"b.csv", "a.csv"));
    }
}
