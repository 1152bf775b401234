package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The figures the statistics workbook gives for every complex, with their units and the decimals kept. */
public enum StatisticsField {
    /** 지정면적. */
    DESIGNATED_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 관리면적. */
    MANAGED_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 산업시설구역 전체면적. */
    INDUSTRIAL_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 산업시설구역 분양대상. */
    SALEABLE_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 산업시설구역 분양. */
    SOLD_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 산업시설구역 미분양. */
    UNSOLD_AREA(Unit.THOUSAND_SQUARE_METRES, 3),
    /** 산업시설구역 분양률. */
    SALE_RATE(Unit.PERCENT, 4),
    /** 입주업체. */
    TENANT_FIRMS(Unit.FIRMS, 0),
    /** 가동업체. */
    OPERATING_FIRMS(Unit.FIRMS, 0);

    private final Unit unit;
    private final int scale;

    StatisticsField(Unit unit, int scale) {
        this.unit = unit;
        this.scale = scale;
    }

    public Unit unit() {
        return unit;
    }

    /** Decimals kept; 0 means the figure counts something and must be a whole number. */
    public int scale() {
        return scale;
    }

    public String label() {
        return Texts.say(StatisticsField.class, "statisticsField." + name());
    }

    public String label(Locale locale) {
        return Texts.format(StatisticsField.class, locale, "statisticsField." + name());
    }

    public String getLabel() {
        return label();
    }
}
