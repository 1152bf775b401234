package kr.co.saenal.sandan.inquiry;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** What the company wants advice on. */
public enum InquiryTopic {
    LOCATION,
    DEVELOPMENT,
    RESTRUCTURING,
    FUNDING,
    MANAGEMENT,
    OTHER;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(InquiryTopic.class, "topic." + name());
    }

    public String label(Locale locale) {
        return Texts.format(InquiryTopic.class, locale, "topic." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
