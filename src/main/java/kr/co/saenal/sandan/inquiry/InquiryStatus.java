package kr.co.saenal.sandan.inquiry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kr.co.saenal.sandan.platform.Texts;

/** Where a consultation request stands in the consultants' workflow. */
public enum InquiryStatus {
    RECEIVED,
    IN_PROGRESS,
    DONE,
    ON_HOLD;

    /** Not finished yet: waiting for a first answer (접수) or being answered (상담 중); the dashboard's 처리 중. */
    public static Set<InquiryStatus> unfinished() {
        return EnumSet.of(RECEIVED, IN_PROGRESS);
    }

    /** The moves the workflow allows; staying in the same state is always allowed. */
    public boolean canMoveTo(InquiryStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case RECEIVED -> next == IN_PROGRESS || next == ON_HOLD;
            case IN_PROGRESS -> next == DONE || next == ON_HOLD;
            case ON_HOLD -> next == RECEIVED || next == IN_PROGRESS;
            case DONE -> next == IN_PROGRESS;
        };
    }

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(InquiryStatus.class, "status." + name());
    }

    public String label(Locale locale) {
        return Texts.format(InquiryStatus.class, locale, "status." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
