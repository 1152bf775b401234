package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KoreanTimeTest {

    @Test
    void instantsAreShownInKoreanTimeTheKoreanWay() {
        Instant nineInSeoul = Instant.parse("2026-11-26T00:00:00Z");
        assertEquals("2026년 11월 26일 오전 9:00", KoreanTime.dateTime(nineInSeoul));
        assertEquals("2026년 11월 26일", KoreanTime.date(nineInSeoul));
        assertEquals("2026.11.26", KoreanTime.shortDate(nineInSeoul));
        assertEquals("2026년 11월 26일 오후 6:30", KoreanTime.dateTime(Instant.parse("2026-11-26T09:30:00Z")));
    }

    @Test
    void aReaderOfTheEnglishChromeReadsEnglishDates() {
        Instant nineInSeoul = Instant.parse("2026-11-26T00:00:00Z");
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals("26 November 2026, 9:00 AM", KoreanTime.dateTime(nineInSeoul));
            assertEquals("26 November 2026", KoreanTime.date(nineInSeoul));
            assertEquals("2026.11.26", KoreanTime.shortDate(nineInSeoul));
            assertEquals("26 November 2026, 6:30 PM", KoreanTime.dateTime(Instant.parse("2026-11-26T09:30:00Z")));
            assertEquals("2026년 11월 26일 오전 9:00", KoreanTime.dateTime(nineInSeoul, Locale.KOREAN));
        }
        assertEquals("", KoreanTime.dateTime(null));
    }
}
