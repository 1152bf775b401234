package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.Map;

/**
 * The national summary line of a quarter (KICOX's 요약 sheet): all complexes, and each type's. {@code spanning}
 * counts the complexes that span two 시도 (listed once per 시도).
 */
public record NationalSummary(Quarter quarter, AreaSummary total, Map<ComplexType, AreaSummary> byType, long spanning)
        implements Serializable {

    public NationalSummary {
        byType = Map.copyOf(byType);
    }

    public AreaSummary of(ComplexType type) {
        return byType.getOrDefault(type, AreaSummary.NONE);
    }
}
