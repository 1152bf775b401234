package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The two workbooks KICOX publishes every quarter that Sandan reads. */
public enum WorkbookKind {
    /** 전국산업단지현황통계: every complex's area, sales and firms. */
    STATISTICS,
    /** 국가산업단지 산업동향정보: firms, production, exports, employment and utilisation of the national complexes. */
    TREND;

    public String label() {
        return Texts.say(WorkbookKind.class, "workbookKind." + name());
    }

    public String label(Locale locale) {
        return Texts.format(WorkbookKind.class, locale, "workbookKind." + name());
    }

    public String getLabel() {
        return label();
    }
}
