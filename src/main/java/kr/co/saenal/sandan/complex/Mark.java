package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Why a figure has no number: KICOX suppressed it ("X": five or fewer firms, 비공개) or the workbook says there is
 * none ("-"). Neither is a zero, and they are not the same.
 */
public enum Mark {
    SUPPRESSED("X"),
    NONE("-");

    private final String code;

    Mark(String code) {
        this.code = code;
    }

    /** How the workbook (and the database) writes it. */
    public String code() {
        return code;
    }

    public static Mark ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (Mark mark : values()) {
            if (mark.code.equals(code)) {
                return mark;
            }
        }
        throw new IllegalArgumentException("No figure mark " + code);
    }

    /** 비공개 / 없음 in Korean; Not disclosed / None in English. */
    public String label() {
        return Texts.say(Mark.class, "mark." + name());
    }

    public String label(Locale locale) {
        return Texts.format(Mark.class, locale, "mark." + name());
    }
}
