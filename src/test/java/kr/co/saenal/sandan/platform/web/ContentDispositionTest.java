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
    void spacesQuotesAndPercentSignsAreEncoded() {
        assertEquals("a%20b%22c%25d%27.csv", ContentDisposition.encoded("a b\"c%d'.csv"));
    }

    @Test
    void theFallbackNameMustNeedNoQuoting() {
        assertThrows(IllegalArgumentException.class, () -> ContentDisposition.attachment("a\"b.csv", "a.csv"));
    }
}
