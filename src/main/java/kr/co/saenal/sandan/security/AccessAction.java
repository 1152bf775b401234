package kr.co.saenal.sandan.security;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** What a member of staff did with personal data. */
public enum AccessAction {
    VIEW,
    UPDATE,
    EXPORT,
    DESTROY,
    /** Opened a document the requester sent with the request. */
    FILE;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(AccessAction.class, "accessAction." + name());
    }

    public String label(Locale locale) {
        return Texts.format(AccessAction.class, locale, "accessAction." + name());
    }
}
