package kr.co.saenal.sandan.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import kr.co.saenal.sandan.inquiry.InquiryStatus;

/** Moves consultation requests into the past, as time would, so that the retention purge finds them. */
@ApplicationScoped
public class Backdating {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void close(long id, Instant closedAt) {
        em.createQuery("update Inquiry i set i.status = :done, i.closedAt = :at where i.id = :id")
                .setParameter("done", InquiryStatus.DONE)
                .setParameter("at", closedAt)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Transactional
    public void receivedLongAgo(long id, Instant at) {
        em.createQuery("update Inquiry i set i.receivedAt = :at where i.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The request's first response was due a minute ago: it is overdue, and the reminder job will see it. */
    @Transactional
    public void pastItsTarget(long id, Instant now) {
        em.createQuery("update Inquiry i set i.respondBy = :due where i.id = :id")
                .setParameter("due", now.minusSeconds(60))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The mails of one kind owed to one address, oldest first. */
    @Transactional
    public java.util.List<kr.co.saenal.sandan.inquiry.notification.OutboxMail> mailsTo(
            String recipient, kr.co.saenal.sandan.inquiry.notification.MailKind kind) {
        return em.createQuery(
                        "select m from OutboxMail m where m.recipient = :to and m.kind = :kind order by m.id",
                        kr.co.saenal.sandan.inquiry.notification.OutboxMail.class)
                .setParameter("to", recipient)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Transactional
    public boolean anyOutboxMail(long id) {
        return em.createQuery("select count(m) from OutboxMail m where m.inquiryId = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }
}
