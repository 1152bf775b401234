package kr.co.saenal.sandan.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The full names readers type find KICOX's short ones: the kind's words at the end are taken off. */
class ComplexNameQueryTest {

    @Test
    void theFullNamesReadersUseLeaveWhatKicoxWrites() {
        assertEquals("남동", ComplexNameQuery.searchForm("남동국가산업단지"));
        assertEquals("남동", ComplexNameQuery.searchForm(" 남동  국가산업단지 "));
        assertEquals("남동", ComplexNameQuery.searchForm("남동산단"));
        assertEquals("남동", ComplexNameQuery.searchForm("남동국가산단"));
        assertEquals("아산", ComplexNameQuery.searchForm("아산국가산업단지"));
        assertEquals("한국수출", ComplexNameQuery.searchForm("한국수출산업단지"));
        assertEquals("평택첨단복합", ComplexNameQuery.searchForm("평택첨단복합일반산업단지"));
        assertEquals("광주첨단", ComplexNameQuery.searchForm("광주첨단도시첨단산업단지"));
        assertEquals("오창", ComplexNameQuery.searchForm("오창농공단지"));
    }

    @Test
    void whatKicoxWritesIsStillFoundInsideTheShortenedQuery() {
        for (String kicox : new String[] {"대불국가산업단지", "아산국가", "남동[재생사업지구]", "부산명서일반산업단지"}) {
            String form = ComplexNameQuery.searchForm(kicox);
            assertTrue(kicox.contains(form), kicox + " → " + form);
        }
        assertEquals("남동[재생사업지구]", ComplexNameQuery.searchForm("남동[재생사업지구]"));
        assertEquals("구미국가(2-4단지)", ComplexNameQuery.searchForm("구미국가(2-4단지)"));
    }

    @Test
    void aQueryOfNothingButTheKindsWordsIsKept() {
        assertEquals("산업단지", ComplexNameQuery.searchForm("산업단지"));
        assertEquals("농공단지", ComplexNameQuery.searchForm("농공단지"));
        assertEquals("국가", ComplexNameQuery.searchForm("국가"));
        assertEquals("steel", ComplexNameQuery.searchForm("STEEL"));
    }
}
