package kr.co.saenal.sandan.privacy;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** Where a version of the privacy policy stands on a given day. */
public enum PolicyStatus {
    /** No effective date yet: only the back office sees it. */
    DRAFT,
    /** Its effective date is still to come; it takes effect that day without anyone acting. */
    SCHEDULED,
    /** The newest version whose effective date has come: what /privacy shows. */
    IN_FORCE,
    /** In force once, replaced since; readers still find it among the earlier versions. */
    SUPERSEDED;

    /** Drafts and scheduled versions may still change; a version in force or past never does. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED;
    }

    public String label() {
        return Texts.say(PolicyStatus.class, "status." + name());
    }

    public String label(Locale locale) {
        return Texts.format(PolicyStatus.class, locale, "status." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
