package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The four kinds of industrial complex the law and KICOX's statistics know (유형), in KICOX's order. */
public enum ComplexType {
    /** 국가산업단지. */
    NATIONAL,
    /** 일반산업단지. */
    GENERAL,
    /** 도시첨단산업단지. */
    URBAN_HIGH_TECH,
    /** 농공단지. */
    AGRO_INDUSTRIAL;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(ComplexType.class, "complexType." + name());
    }

    public String label(Locale locale) {
        return Texts.format(ComplexType.class, locale, "complexType." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
