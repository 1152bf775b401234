package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.Map;

/** A 시도's summary of a quarter: its complexes together, and each type's (KICOX's 시도별 sheet). */
public record RegionSummary(Sido sido, Quarter quarter, AreaSummary total, Map<ComplexType, AreaSummary> byType)
        implements Serializable {

    public RegionSummary {
        byType = Map.copyOf(byType);
    }

    public AreaSummary of(ComplexType type) {
        return byType.getOrDefault(type, AreaSummary.NONE);
    }

    public String path() {
        return ComplexPaths.region(sido);
    }
}
