package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import kr.co.saenal.sandan.platform.health.Problems;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when the outbox is stuck: a mail has been due for more than {@link #STUCK_AFTER} and no sender has
 * taken it. A sender takes due mails every five seconds and a taken mail is due again only when its claim of
 * {@link Outbox#CLAIM} runs out, so such a mail means that no node is sending. A mail server that refuses mails does
 * not make the outbox stuck: failed mails wait for their retry, which is not due yet. One query of counts.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final String NAME = "sandan-mail-outbox";
    static final Duration STUCK_AFTER = Duration.ofMinutes(15);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            PendingMails mails = outbox.pending(STUCK_AFTER);
            response.withData("pending", mails.pending()).withData("overdue", mails.overdue());
            if (mails.oldestDue() != null) {
                response.withData(
                        "oldestDueSeconds",
                        Math.max(
                                0,
                                Duration.between(mails.oldestDue(), clock.instant())
                                        .toSeconds()));
            }
            return response.status(mails.overdue() == 0).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", Problems.describe(e)).build();
        }
    }
}
