package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.site.SiteSettingsService;

/**
 * The mails owed about inquiries. They are added in the inquiry's own transaction; a sender on any node claims
 * one at a time with a conditional update (only one node can win it), sends it outside any transaction and
 * records the outcome. A node that dies while sending leaves a claim that runs out, and the mail is tried again
 * (at least once, never lost).
 */
@ApplicationScoped
public class Outbox {

    /** How long a claim keeps other nodes off a mail that is being sent. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    InquiryMails mails;

    @Inject
    MailSettings settings;

    @Inject
    SiteSettingsService site;

    @Inject
    Clock clock;

    /** Must run in the transaction that stores the inquiry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(Inquiry inquiry) {
        mails.about(inquiry, site.current(), clock.instant()).forEach(em::persist);
    }

    @Transactional
    public List<Long> due(int limit) {
        return em.createQuery("select m.id from OutboxMail m where m.state = :pending and m.nextAttemptAt <= :now "
                        + "order by m.nextAttemptAt", Long.class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes the mail for this node if it is still due; counts the attempt. */
    @Transactional
    public Optional<OutboxMail> claim(long id) {
        Instant now = clock.instant();
        int won = em.createQuery("update OutboxMail m set m.nextAttemptAt = :leaseEnd, m.attempts = m.attempts + 1 "
                        + "where m.id = :id and m.state = :pending and m.nextAttemptAt <= :now")
                .setParameter("leaseEnd", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return won == 1 ? Optional.of(em.find(OutboxMail.class, id)) : Optional.empty();
    }

    @Transactional
    public void delivered(long id) {
        em.find(OutboxMail.class, id).delivered(clock.instant());
    }

    @Transactional
    public void failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, mail.getAttempts() - 1)));
        mail.failed(error, clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait),
                mail.getAttempts() >= settings.maxAttempts());
    }

    /** Every mail about an inquiry, for staff; without texts. */
    @Transactional
    public List<MailDelivery> about(long inquiryId) {
        return em.createQuery("select m from OutboxMail m where m.inquiryId = :id order by m.id", OutboxMail.class)
                .setParameter("id", inquiryId)
                .getResultStream().map(MailDelivery::of).toList();
    }

    /** Mails given up, or still failing after a few attempts: the dashboard's "mail problems". */
    @Transactional
    public long troubled() {
        return em.createQuery("select count(m) from OutboxMail m where m.state = :failed "
                        + "or (m.state = :pending and m.attempts >= 3)", Long.class)
                .setParameter("failed", DeliveryState.FAILED)
                .setParameter("pending", DeliveryState.PENDING)
                .getSingleResult();
    }
}
