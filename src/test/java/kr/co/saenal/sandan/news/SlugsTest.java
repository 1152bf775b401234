package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void koreanTitlesKeepTheirWordsJoinedByHyphens() {
        assertEquals("인천-산업단지-대개조-첫해-1-106억-원-투입", Slugs.fromTitle("인천 산업단지 대개조 첫해, 1,106억 원 투입"));
        assertEquals("소부장·희소금속".replace("·", "-"), Slugs.fromTitle("소부장·희소금속"));
        assertEquals("smart-complex", Slugs.fromTitle("  Smart Complex!! "));
    }

    @Test
    void slugsStayShortAndNeverEmpty() {
        assertTrue(Slugs.fromTitle("가".repeat(300)).length() <= 80);
        assertEquals("post", Slugs.fromTitle("!!!"));
    }

    @Test
    void onlyWellFormedSlugsAreAccepted() {
        assertEquals("policy", Slugs.requireValid("policy"));
        assertThrows(IllegalArgumentException.class, () -> Slugs.requireValid("two words"));
        assertThrows(IllegalArgumentException.class, () -> Slugs.requireValid("-edge"));
    }
}
