package kr.co.saenal.sandan.inquiry.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, on every node: delivers the outbox messages that are due — mails, and the staff alerts of
 * other packages — each claimed first so that no two nodes send the same one, through the {@link Courier} that
 * carries its kind. A mail server or an alert service that is down costs a retry later, never the inquiry.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Inject
    @Any
    Instance<Courier> couriers;

    @Inject
    Outbox outbox;

    @Inject
    MailMeters meters;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "mail outbox")
    void sendDue() {
        for (long id : outbox.due(BATCH)) {
            outbox.claim(id).ifPresent(this::send);
        }
    }

    private void send(OutboxMail mail) {
        try {
            courierOf(mail.getKind()).deliver(mail);
            outbox.delivered(mail.getId());
            meters.sent(mail.getKind());
            LOG.fine(() -> "Sent " + mail.getKind() + " for inquiry " + mail.getInquiryId());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "{0} {1} for inquiry {2} not sent (attempt {3}): {4}", new Object[] {
                mail.getKind(), mail.getId(), mail.getInquiryId(), mail.getAttempts(), e.getMessage()
            });
            outbox.failed(mail.getId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            meters.failed(mail.getKind());
        }
    }

    private Courier courierOf(MailKind kind) {
        return couriers.stream()
                .filter(courier -> courier.carries(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No courier carries " + kind));
    }
}
