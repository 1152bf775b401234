package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** How far a complex is built (조성상태). */
public enum DevelopmentStatus {
    /** 완료. */
    COMPLETED,
    /** 조성중. */
    UNDER_CONSTRUCTION,
    /** 미개발. */
    UNDEVELOPED;

    public String label() {
        return Texts.say(DevelopmentStatus.class, "developmentStatus." + name());
    }

    public String label(Locale locale) {
        return Texts.format(DevelopmentStatus.class, locale, "developmentStatus." + name());
    }

    public String getLabel() {
        return label();
    }
}
