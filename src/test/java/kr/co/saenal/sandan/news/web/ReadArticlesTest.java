package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadArticlesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void rememberedArticlesOfTodayAreNotCountedAgain() {
        ReadArticles read = ReadArticles.from("20261126-12.15", TODAY);
        assertTrue(read.contains(12));
        assertTrue(read.contains(15));
        assertFalse(read.contains(7));
        assertEquals("20261126-12.15.7", read.cookieValueWith(7));
        assertEquals("20261126-15.12", read.cookieValueWith(12), "read again: moves to the end, not twice");
    }

    @Test
    void yesterdaysOrBrokenCookiesSayNothing() {
        assertFalse(ReadArticles.from("20261125-12", TODAY).contains(12));
        for (String broken : new String[] {
            null, "", "12.15", "2026112-12", "20261126-", "20261126-a", "20261399-12", "20261126-12;x=1"
        }) {
            assertTrue(ReadArticles.from(broken, TODAY).ids().isEmpty(), broken);
        }
        assertEquals("20261126-3", ReadArticles.from("20261125-12", TODAY).cookieValueWith(3));
    }

    @Test
    void theCookieKeepsOnlyTheNewestArticles() {
        ReadArticles read = new ReadArticles(
                TODAY, LongStream.rangeClosed(1, ReadArticles.MAX_IDS).boxed().toList());
        String value = read.cookieValueWith(1000);
        ReadArticles next = ReadArticles.from(value, TODAY);
        assertEquals(ReadArticles.MAX_IDS, next.ids().size());
        assertFalse(next.contains(1), "the oldest is dropped");
        assertTrue(next.contains(1000));
    }
}
