package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sums of a group of complexes (one type, one 시도, or all) in one quarter, as KICOX's 요약 and 시도별 sheets give
 * them. {@code entries} counts rows, a complex spanning two 시도 once per 시도; {@code complexes} counts each such
 * complex once (KICOX's own count: 1,349 where 상위단지 has 1,353 rows). Figures marked X or - add nothing.
 */
public record AreaSummary(
        long complexes,
        long entries,
        BigDecimal designatedArea,
        BigDecimal managedArea,
        BigDecimal industrialArea,
        BigDecimal saleableArea,
        BigDecimal soldArea,
        BigDecimal unsoldArea,
        BigDecimal tenantFirms,
        BigDecimal operatingFirms)
        implements Serializable {

    static final AreaSummary NONE = new AreaSummary(
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);

    /** 분양률: the sold share of the area for sale, in percent with two decimals (KICOX's way); {@code null} when
     * nothing is for sale. */
    public BigDecimal saleRate() {
        if (saleableArea.signum() == 0) {
            return null;
        }
        return soldArea.multiply(BigDecimal.valueOf(100)).divide(saleableArea, 2, RoundingMode.HALF_UP);
    }

    AreaSummary plus(AreaSummary other) {
        return new AreaSummary(
                complexes + other.complexes,
                entries + other.entries,
                designatedArea.add(other.designatedArea),
                managedArea.add(other.managedArea),
                industrialArea.add(other.industrialArea),
                saleableArea.add(other.saleableArea),
                soldArea.add(other.soldArea),
                unsoldArea.add(other.unsoldArea),
                tenantFirms.add(other.tenantFirms),
                operatingFirms.add(other.operatingFirms));
    }
}
