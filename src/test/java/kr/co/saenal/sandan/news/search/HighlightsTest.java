package kr.co.saenal.sandan.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.co.saenal.sandan.news.ArticleText;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static List<String> marked(String text, String query) {
        return Highlights.of(text, SearchTerms.of(query)).stream()
                .filter(TextPart::marked)
                .map(TextPart::text)
                .toList();
    }

    @Test
    void wordsAreMarkedInsideCompoundsAndWithParticles() {
        assertEquals(List.of("산업단지의"), marked("노후 산업단지의 구조를 바꾼다", "산업단지의"), "what was typed is marked");
        assertEquals(List.of("산업단지"), marked("노후 산업단지를 바꾼다", "산업단지의"));
        assertEquals(List.of("산단"), marked("인천 산단과 잇는 사업", "산단을"));
        assertEquals(List.of("스마트산단"), marked("스마트산단의 두뇌", "스마트산단"));
        assertEquals(List.of("소부장"), marked("소재·부품·장비(소부장) 실증화", "소부장"));
    }

    @Test
    void aStrayPairOfSyllablesMarksNothing() {
        assertEquals(List.of(), marked("교통 수단을 바꾼다", "산단을"));
    }

    @Test
    void aMatchDeepInALongBodyIsFoundWithoutAnalysingAllOfIt() {
        String text = "산업 정책과 지역 경제 이야기. ".repeat(800) + "반월 스마트산단의 희소금속 실증 " + "끝. ".repeat(500);
        List<TextPart> snippet = Highlights.snippet(text, SearchTerms.of("희소금속"), 140);
        assertEquals("… ", snippet.get(0).text());
        assertEquals(" …", snippet.get(snippet.size() - 1).text());
        assertTrue(snippet.stream().anyMatch(p -> p.marked() && p.text().equals("희소금속")), snippet::toString);
        assertTrue(snippet.stream().mapToInt(p -> p.text().length()).sum() <= 150, snippet::toString);
    }

    @Test
    void aSnippetIsCutAroundTheMatches() {
        String text = "가".repeat(300) + " 희소금속 고순도화 실증기반 " + "나".repeat(300);
        List<TextPart> snippet = Highlights.snippet(text, SearchTerms.of("희소금속"), 140);
        assertEquals("… ", snippet.get(0).text());
        assertEquals(" …", snippet.get(snippet.size() - 1).text());
        assertTrue(snippet.stream().anyMatch(p -> p.marked() && p.text().equals("희소금속")));
        assertTrue(Highlights.snippet("관련 없는 글", SearchTerms.of("희소금속"), 140).isEmpty());
    }

    @Test
    void tooShortAndEmptyQueries() {
        assertTrue(SearchTerms.of(null).isTooShort());
        assertTrue(SearchTerms.of("  산 ").isTooShort());
        assertFalse(SearchTerms.of("산단").isTooShort());
        assertEquals(
                SearchTerms.MAX_LENGTH, SearchTerms.of("가".repeat(500)).text().length());
    }

    @Test
    void articleTextDropsMarkupAndDecodesReferences() {
        assertEquals(
                "제목 첫 문단 & <둘째> “셋” 끝",
                ArticleText.of("<h2>제목</h2><p>첫 문단 &amp; &lt;둘째&gt;</p><p>&#8220;셋&#x201d;<br>끝</p>"));
    }
}
