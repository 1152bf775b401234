package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsPageTest {

    @Test
    void pagesAreCountedFromTheTotal() {
        assertEquals(1, new NewsPage(List.of(), 1, 10, 0).getTotalPages());
        assertEquals(1, new NewsPage(List.of(), 1, 10, 10).getTotalPages());
        assertEquals(2, new NewsPage(List.of(), 1, 10, 11).getTotalPages());
    }

    @Test
    void nearbyPagesCentreOnTheCurrentOne() {
        assertEquals(List.of(1, 2, 3, 4, 5), new NewsPage(List.of(), 1, 10, 200).getNearbyPages());
        assertEquals(List.of(5, 6, 7, 8, 9), new NewsPage(List.of(), 7, 10, 200).getNearbyPages());
        assertEquals(List.of(16, 17, 18, 19, 20), new NewsPage(List.of(), 20, 10, 200).getNearbyPages());
        assertEquals(List.of(1, 2), new NewsPage(List.of(), 2, 10, 15).getNearbyPages());
    }

    @Test
    void previousAndNextExistOnlyWhereThereArePages() {
        NewsPage middle = new NewsPage(List.of(), 2, 10, 25);
        assertTrue(middle.getHasPrevious());
        assertTrue(middle.getHasNext());
        assertFalse(new NewsPage(List.of(), 3, 10, 25).getHasNext());
    }
}
