package kr.co.saenal.sandan.platform.guard;

import java.time.Duration;
import kr.co.saenal.sandan.platform.Texts;

/** A client sent more requests than its limit allows; it may try again after {@link #retryAfter()}. */
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.equals(Duration.ofSeconds(seconds)) ? Math.max(1, seconds) : seconds + 1;
    }

    /** The wait, in the request's language and rounded up to whole minutes past one: "3분", "40초", "3 minutes". */
    public String retryAfterText() {
        long seconds = retryAfterSeconds();
        return seconds >= 60
                ? Texts.say(TooManyRequestsException.class, "guard.wait.minutes", (seconds + 59) / 60)
                : Texts.say(TooManyRequestsException.class, "guard.wait.seconds", seconds);
    }
}
