package kr.co.saenal.sandan.inquiry.guard;

/** A form that looks sent by a program rather than a person; nothing was stored. */
public class SuspectedBotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The forms explain each in the page's language ({@code form.refused.REASON}). */
    public enum Reason {
        /** The hidden field people cannot see was filled in. */
        HONEYPOT,
        /** No valid stamp, or one older than a day. */
        STALE_FORM,
        /** Sent back sooner than a person can fill the form in. */
        TOO_FAST
    }

    private final Reason reason;

    public SuspectedBotException(Reason reason) {
        super("Form refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
