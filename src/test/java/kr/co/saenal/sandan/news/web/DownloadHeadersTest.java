package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The ranges of a download, as the headers say them. */
class DownloadHeadersTest {

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
