package kr.co.saenal.sandan.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures, keys and slugs: the rules the import and the pages rely on. */
class FiguresAndKeysTest {

    @Test
    void aFigureIsANumberOrAMarkNeverBoth() {
        assertEquals(Figure.of(new BigDecimal("1.50")), Figure.of(new BigDecimal("1.5")));
        assertEquals(
                Figure.of(new BigDecimal("1.50")).hashCode(),
                Figure.of(new BigDecimal("1.5")).hashCode());
        assertNotEquals(Figure.of(0), Figure.none());
        assertNotEquals(Figure.of(0), Figure.suppressed());
        assertNotEquals(Figure.none(), Figure.suppressed());
        assertEquals("X", Figure.suppressed().toString());
        assertEquals("-", Figure.none().toString());
        assertEquals("82.72", Figure.of(new BigDecimal("82.7200")).toString());
        assertNull(Figure.ofColumns(null, null));
        assertEquals(Figure.suppressed(), Figure.ofColumns(null, Mark.SUPPRESSED));
        assertEquals(
                Figure.of(new BigDecimal("43189.480173")),
                Figure.of(new BigDecimal("43189.48017300196")).scaled(6));
    }

    @Test
    void keysCompareNamesInOneWrittenForm() {
        ComplexKey dotted = new ComplexKey(ComplexType.NATIONAL, Sido.BUSAN, "강서구", "명지·녹산", false);
        ComplexKey hangulDot = new ComplexKey(ComplexType.NATIONAL, Sido.BUSAN, " 강서구", "명지ㆍ녹산\u00A0", false);
        assertEquals(dotted, hangulDot);
        assertNotEquals(dotted, new ComplexKey(ComplexType.NATIONAL, Sido.BUSAN, "강서구", "명지·녹산", true));
        assertNotEquals(
                new ComplexKey(ComplexType.GENERAL, Sido.BUSAN, "기장군", "정관", false),
                new ComplexKey(ComplexType.AGRO_INDUSTRIAL, Sido.BUSAN, "기장군", "정관", false),
                "정관일반산업단지 and 정관농공단지 are two complexes");
        assertThrows(
                IllegalArgumentException.class,
                () -> new ComplexKey(ComplexType.GENERAL, Sido.SEOUL, "구로구", " ", false));
    }

    @Test
    void slugsKeepHangulAndJoinTheRestWithHyphens() {
        assertEquals("남동-재생사업지구", ComplexSlugs.of("남동[재생사업지구]"));
        assertEquals("명지-녹산", ComplexSlugs.of("명지·녹산"));
        assertEquals("시화mtv", ComplexSlugs.of("시화MTV"));
        assertEquals("complex", ComplexSlugs.of("( )"));
        assertTrue(ComplexPaths.of(1, "남동-재생사업지구").startsWith("/complexes/1/%EB%82%A8"));
        assertEquals("/complexes/regions/gyeonggi", ComplexPaths.region(Sido.GYEONGGI));
        assertEquals(Sido.GYEONGGI, Sido.ofSlug("gyeonggi"));
    }

    @Test
    void quartersAreOrdered() {
        assertTrue(new Quarter(2025, 4).isBefore(new Quarter(2026, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2025, 5));
    }

    @Test
    void summariesComputeTheSaleRateAsKicoxDoes() {
        AreaSummary national = new AreaSummary(
                55,
                59,
                new BigDecimal("803666"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("286596"),
                new BigDecimal("278207"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertEquals(new BigDecimal("97.07"), national.saleRate(), "요약: 국가 분양률 97.07");
    }
}
