package kr.co.saenal.sandan.complex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.co.saenal.sandan.platform.Texts;
import org.junit.jupiter.api.Test;

class ComplexListParametersTest {

    private static ComplexListParameters.Parsed parse(Map<String, String> parameters) {
        try (Texts.Scope korean = Texts.speak(Locale.KOREAN)) {
            return ComplexListParameters.parse(parameters::get, ComplexListParameters.DEFAULT_PAGE_SIZE);
        }
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

        assertThat(parsed.problems()).isEmpty();
        ComplexListQuery query = parsed.query();
        assertThat(query.sido()).isEqualTo(Sido.GYEONGGI);
        assertThat(query.type()).isEqualTo(ComplexType.URBAN_HIGH_TECH);
        assertThat(query.status()).isEqualTo(DevelopmentStatus.UNDER_CONSTRUCTION);
        assertThat(query.aged()).isTrue();
        assertThat(query.minSaleRate()).isEqualByComparingTo("50");
        assertThat(query.maxSaleRate()).isEqualByComparingTo(new BigDecimal("99.5"));
        assertThat(query.text()).isEqualTo("남동");
        assertThat(query.sort()).isEqualTo(ComplexSort.SALE_RATE);
        assertThat(query.isAscending()).isTrue();
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.size()).isEqualTo(ComplexListParameters.DEFAULT_PAGE_SIZE);
    }

    @Test
    void nothingAskedIsEveryComplexByName() {
        var parsed = parse(Map.of());

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.query()).isEqualTo(ComplexListQuery.all(ComplexListParameters.DEFAULT_PAGE_SIZE));
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

        assertThat(parsed.problems())
                .extracting(ComplexListParameters.Problem::parameter)
                .containsExactly("sido", "aged", "minRate", "maxRate", "order", "page", "size");
        assertThat(parsed.problems().get(0).message()).contains("알 수 없는 값", "seoul", "jeju");
        assertThat(parsed.problems().get(2).message()).contains("0에서 100");
        assertThat(parsed.query()).isEqualTo(ComplexListQuery.all(ComplexListParameters.DEFAULT_PAGE_SIZE));
    }

    @Test
    void anUpperRateBelowTheLowerIsRefused() {
        var parsed = parse(Map.of("minRate", "80", "maxRate", "20"));

        assertThat(parsed.problems())
                .extracting(ComplexListParameters.Problem::parameter)
                .containsExactly("maxRate");
        assertThat(parsed.query().minSaleRate()).isEqualByComparingTo("80");
        assertThat(parsed.query().maxSaleRate()).isNull();
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

        Map<String, String> written = ComplexListParameters.of(query, true, ComplexListParameters.DEFAULT_PAGE_SIZE);

        assertThat(written).isEqualTo(asked);
        assertThat(parse(written).query()).isEqualTo(query);
        assertThat(ComplexListParameters.queryString(Map.of("q", "남동 국가")))
                .isEqualTo("?q=%EB%82%A8%EB%8F%99+%EA%B5%AD%EA%B0%80");
    }

    @Test
    void theNaturalDirectionIsNotWrittenAndTheFirstPageNeither() {
        ComplexListQuery byAreaLargestFirst =
                parse(Map.of("sort", "area", "order", "desc", "page", "1")).query();

        assertThat(ComplexListParameters.of(byAreaLargestFirst, true, 20)).isEqualTo(Map.of("sort", "area"));
        assertThat(ComplexListParameters.of(byAreaLargestFirst, false, 20)).containsOnlyKeys("sort");
        assertThat(List.of(ComplexType.values()))
                .extracting(ComplexListParameters::code)
                .containsExactly("national", "general", "urban-high-tech", "agro-industrial");
    }
}
