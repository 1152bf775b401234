package kr.co.saenal.sandan.inquiry;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** When the requester would like to be called back (희망 상담 시간). */
public enum ContactTime {
    ANYTIME,
    WEEKDAY_MORNING,
    WEEKDAY_AFTERNOON,
    WEEKDAY_EVENING;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(ContactTime.class, "contactTime." + name());
    }

    public String label(Locale locale) {
        return Texts.format(ContactTime.class, locale, "contactTime." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
