package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The name and the ranges of a download, as the headers say them. */
class DownloadHeadersTest {

    @Test
    void theKoreanNameTravelsAsUtf8WithAnAsciiStandIn() {
        assertEquals(
                "attachment; filename=\"2026 ___.hwp\"; filename*=UTF-8''2026%20%EA%B3%B5%EA%B3%A0%EB%AC%B8.hwp",
                ContentDisposition.of(false, "2026 공고문.hwp"));
        assertEquals(
                "inline; filename=\"Resume_.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%25.pdf",
                ContentDisposition.of(true, "Résumé%.pdf"));
    }

    @Test
    void oneRangeIsServedAndOneOutsideTheFileIsNot() {
        assertEquals(new DownloadRange(0, 99), DownloadRange.parse("bytes=0-99", 1000));
        assertEquals(new DownloadRange(900, 999), DownloadRange.parse("bytes=900-", 1000));
        assertEquals(new DownloadRange(900, 999), DownloadRange.parse("bytes=-100", 1000));
        assertEquals(new DownloadRange(990, 999), DownloadRange.parse("bytes=990-5000", 1000));
        assertEquals(DownloadRange.UNSATISFIABLE, DownloadRange.parse("bytes=1000-", 1000));
        assertNull(DownloadRange.parse("bytes=0-1,5-6", 1000), "several ranges: the whole file");
        assertNull(DownloadRange.parse("items=0-1", 1000));
        assertNull(DownloadRange.parse("bytes=9-1", 1000));
    }
}
