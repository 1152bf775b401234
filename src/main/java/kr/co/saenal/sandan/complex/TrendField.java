package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The trend workbook's figures of a quarter (its tables 1, 4, 6, 8 and 10), with their units and decimals kept. */
public enum TrendField {
    /** 표1 입주 (당분기). */
    TENANT_FIRMS(Unit.FIRMS, 0),
    /** 표1 가동 (당분기). */
    OPERATING_FIRMS(Unit.FIRMS, 0),
    /** 표1 임차. */
    LEASING_FIRMS(Unit.FIRMS, 0),
    /** 표4 생산 (당분기, 억원). */
    PRODUCTION(Unit.HUNDRED_MILLION_WON, 6),
    /** 표6 수출 (당분기, 백만달러). */
    EXPORTS(Unit.MILLION_DOLLARS, 6),
    /** 표8 고용 (당분기 계, 명). */
    EMPLOYMENT(Unit.PERSONS, 0),
    /** 표10 가동률 (당분기, %). */
    UTILIZATION_RATE(Unit.PERCENT, 6);

    private final Unit unit;
    private final int scale;

    TrendField(Unit unit, int scale) {
        this.unit = unit;
        this.scale = scale;
    }

    public Unit unit() {
        return unit;
    }

    public int scale() {
        return scale;
    }

    public String label() {
        return Texts.say(TrendField.class, "trendField." + name());
    }

    public String label(Locale locale) {
        return Texts.format(TrendField.class, locale, "trendField." + name());
    }

    public String getLabel() {
        return label();
    }
}
