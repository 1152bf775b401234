package kr.co.saenal.sandan.security;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** What a staff member may do in the back office. */
public enum Role {
    /** Everything, including users and site settings. */
    ADMIN,
    /** News, categories and images. */
    EDITOR,
    /** Consultation requests. */
    CONSULTANT;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(Role.class, "role." + name());
    }

    public String label(Locale locale) {
        return Texts.format(Role.class, locale, "role." + name());
    }
}
