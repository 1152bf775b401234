package kr.co.saenal.sandan.inquiry;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.guard.SuspectedBotException;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.api.MalformedRequestException;
import kr.co.saenal.sandan.platform.api.PayloadTooLargeException;
import kr.co.saenal.sandan.platform.guard.TooManyRequestsException;

/**
 * Consultation requests counted for IT's monitoring (docs/operations.md): each stored request once its transaction
 * has committed, whatever the channel, and each refused one by channel and reason. Counts only: nothing of what
 * was sent.
 */
@ApplicationScoped
public class InquiryMeters {

    static final String RECEIVED = "sandan.inquiries.received";
    static final String REFUSED = "sandan.inquiries.refused";

    /** Why a request was refused; the tag's value is the lower-case name. */
    public enum Reason {
        /** A rule of the request's fields was broken (a message next to each field). */
        VALIDATION,
        /** Not a request one can read: not JSON, another media type, too large, a submission key misused. */
        MALFORMED,
        /** The client's rate limit was used up. */
        RATE_LIMIT,
        /** A form that looks sent by a program (honeypot, stale or missing stamp, sent too fast). */
        BOT
    }

    @Inject
    MeterRegistry registry;

    void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) InquiryReceived received) {
        registry.counter(RECEIVED, "channel", tag(received.inquiry().getChannel()))
                .increment();
    }

    /**
     * Counts {@code refusal} when it is one of the refusals of a request (a rule, the request's form, the rate
     * limit, the bot checks); anything else (a failure of the server) is not a refusal.
     */
    public void refused(InquiryChannel channel, RuntimeException refusal) {
        reasonOf(refusal).ifPresent(reason -> refused(channel, reason));
    }

    public void refused(InquiryChannel channel, Reason reason) {
        registry.counter(REFUSED, "channel", tag(channel), "reason", tag(reason))
                .increment();
    }

    static Optional<Reason> reasonOf(RuntimeException refusal) {
        if (refusal instanceof RuleViolationException) {
            return Optional.of(Reason.VALIDATION);
        }
        if (refusal instanceof TooManyRequestsException) {
            return Optional.of(Reason.RATE_LIMIT);
        }
        if (refusal instanceof SuspectedBotException) {
            return Optional.of(Reason.BOT);
        }
        if (refusal instanceof MalformedRequestException
                || refusal instanceof PayloadTooLargeException
                || refusal instanceof SubmissionKeyReusedException) {
            return Optional.of(Reason.MALFORMED);
        }
        return Optional.empty();
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
