package kr.co.saenal.sandan.inquiry;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** How a request reached us: the consultation page, the short form under an article, or the API. */
public enum InquiryChannel {
    CONSULT_PAGE,
    ARTICLE_FORM,
    API;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(InquiryChannel.class, "channel." + name());
    }

    public String label(Locale locale) {
        return Texts.format(InquiryChannel.class, locale, "channel." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
