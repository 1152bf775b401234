package kr.co.saenal.sandan.inquiry.notification;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** Which mail about an inquiry. */
public enum MailKind {
    /** To the staff address: a new request came in. */
    STAFF_NOTICE,
    /** To the requester: we received it. */
    ACKNOWLEDGEMENT;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(MailKind.class, "notification.mailKind." + name());
    }

    public String label(Locale locale) {
        return Texts.format(MailKind.class, locale, "notification.mailKind." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
