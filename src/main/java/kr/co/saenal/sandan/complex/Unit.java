package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The units KICOX's workbooks count in; figures are stored in them as they are. */
public enum Unit {
    /** 천㎡. */
    THOUSAND_SQUARE_METRES,
    /** %. */
    PERCENT,
    /** 개 (firms). */
    FIRMS,
    /** 억원. */
    HUNDRED_MILLION_WON,
    /** 백만달러. */
    MILLION_DOLLARS,
    /** 명. */
    PERSONS;

    public String label() {
        return Texts.say(Unit.class, "unit." + name());
    }

    public String label(Locale locale) {
        return Texts.format(Unit.class, locale, "unit." + name());
    }

    public String getLabel() {
        return label();
    }
}
