package kr.co.saenal.sandan.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.co.saenal.sandan.platform.Texts;
import org.junit.jupiter.api.Test;

class ComplexListParametersTest {

    private static final int SIZE = ComplexListParameters.DEFAULT_PAGE_SIZE;

    private static ComplexListParameters.Parsed parse(Map<String, String> parameters) {
        try (Texts.Scope korean = Texts.speak(Locale.KOREAN)) {
            return ComplexListParameters.parse(parameters::get, SIZE);
        }
    }

    private static List<String> badParameters(ComplexListParameters.Parsed parsed) {
        return parsed.problems().stream()
                .map(ComplexListParameters.Problem::parameter)
                .toList();
    }

    @Test
    void readsEveryFilterSortAndPage() {
        var parsed = parse(Map.of(
                "sido", "gyeonggi",
                "type", "urban-high-tech",
                "status", "under-construction",
                "aged", "true",
                "minRate", "50",
                "maxRate", "99.5",
                "q", " 남동 ",
                "sort", "sale-rate",
                "order", "asc",
                "page", "3"));

        assertEquals(List.of(), parsed.problems());
        ComplexListQuery query = parsed.query();
        assertEquals(Sido.GYEONGGI, query.sido());
        assertEquals(ComplexType.URBAN_HIGH_TECH, query.type());
        assertEquals(DevelopmentStatus.UNDER_CONSTRUCTION, query.status());
        assertEquals(Boolean.TRUE, query.aged());
        assertEquals(0, new BigDecimal("50").compareTo(query.minSaleRate()));
        assertEquals(0, new BigDecimal("99.5").compareTo(query.maxSaleRate()));
        assertEquals("남동", query.text());
        assertEquals(ComplexSort.SALE_RATE, query.sort());
        assertTrue(query.isAscending());
        assertEquals(3, query.page());
        assertEquals(SIZE, query.size());
    }

    @Test
    void nothingAskedIsEveryComplexByName() {
        var parsed = parse(Map.of());

        assertTrue(parsed.valid());
        assertEquals(ComplexListQuery.all(SIZE), parsed.query());
    }

    @Test
    void badValuesAreLeftOutAndSaidInKorean() {
        var parsed = parse(Map.of(
                "sido", "atlantis",
                "aged", "maybe",
                "minRate", "-1",
                "maxRate", "abc",
                "order", "sideways",
                "page", "0",
                "size", "1000"));

        assertEquals(List.of("sido", "aged", "minRate", "maxRate", "order", "page", "size"), badParameters(parsed));
        String unknownSido = parsed.problems().get(0).message();
        assertTrue(unknownSido.contains("알 수 없는 값") && unknownSido.contains("seoul"), unknownSido);
        assertTrue(parsed.problems().get(2).message().contains("0에서 100"));
        assertEquals(ComplexListQuery.all(SIZE), parsed.query());
    }

    @Test
    void anUpperRateBelowTheLowerIsRefused() {
        var parsed = parse(Map.of("minRate", "80", "maxRate", "20"));

        assertEquals(List.of("maxRate"), badParameters(parsed));
        assertEquals(0, new BigDecimal("80").compareTo(parsed.query().minSaleRate()));
        assertNull(parsed.query().maxSaleRate());
    }

    @Test
    void aQueryWrittenBackAsParametersReadsTheSame() {
        var asked = Map.of(
                "q", "남동 국가",
                "sido", "incheon",
                "type", "national",
                "minRate", "10.5",
                "sort", "area",
                "order", "asc",
                "page", "2",
                "size", "50");
        ComplexListQuery query = parse(asked).query();

        Map<String, String> written = ComplexListParameters.of(query, true, SIZE);

        assertEquals(asked, written);
        assertEquals(query, parse(written).query());
        assertEquals(
                "?q=%EB%82%A8%EB%8F%99+%EA%B5%AD%EA%B0%80", ComplexListParameters.queryString(Map.of("q", "남동 국가")));
    }

    @Test
    void theNaturalDirectionIsNotWrittenAndTheFirstPageNeither() {
        ComplexListQuery byAreaLargestFirst =
                parse(Map.of("sort", "area", "order", "desc", "page", "1")).query();

        assertEquals(Map.of("sort", "area"), ComplexListParameters.of(byAreaLargestFirst, true, SIZE));
        assertEquals(
                List.of("national", "general", "urban-high-tech", "agro-industrial"),
                Arrays.stream(ComplexType.values())
                        .map(ComplexListParameters::code)
                        .toList());
    }
}
