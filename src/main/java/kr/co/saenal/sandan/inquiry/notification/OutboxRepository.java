package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries on the mails owed about inquiries ({@code mail_outbox}). */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext
    EntityManager em;

    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** The ids of pending mails whose time has come, the longest waiting first. */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "select m.id from OutboxMail m where m.state = :pending and m.nextAttemptAt <= :now "
                                + "order by m.nextAttemptAt",
                        Long.class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Moves a due mail's next attempt to {@code leaseEnd} and counts the attempt, if it is still due: of several
     * nodes asking at once, exactly one succeeds.
     */
    public boolean claim(long id, Instant now, Instant leaseEnd) {
        return em.createQuery("update OutboxMail m set m.nextAttemptAt = :leaseEnd, m.attempts = m.attempts + 1 "
                                + "where m.id = :id and m.state = :pending and m.nextAttemptAt <= :now")
                        .setParameter("leaseEnd", leaseEnd)
                        .setParameter("id", id)
                        .setParameter("pending", DeliveryState.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    public List<OutboxMail> about(long inquiryId) {
        return em.createQuery("select m from OutboxMail m where m.inquiryId = :id order by m.id", OutboxMail.class)
                .setParameter("id", inquiryId)
                .getResultList();
    }

    /** Mails given up, or still failing after {@code attempts} tries. */
    public long troubled(int attempts) {
        return em.createQuery(
                        "select count(m) from OutboxMail m where m.state = :failed "
                                + "or (m.state = :pending and m.attempts >= :attempts)",
                        Long.class)
                .setParameter("failed", DeliveryState.FAILED)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("attempts", attempts)
                .getSingleResult();
    }

    /** The pending mails: how many, how many were due before {@code overdueBefore}, and the oldest one's due time. */
    public PendingMails pending(Instant overdueBefore) {
        Object[] row = em.createQuery(
                        "select count(m), sum(case when m.nextAttemptAt < :before then 1 else 0 end), "
                                + "min(m.nextAttemptAt) from OutboxMail m where m.state = :pending",
                        Object[].class)
                .setParameter("before", overdueBefore)
                .setParameter("pending", DeliveryState.PENDING)
                .getSingleResult();
        return new PendingMails(
                ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue(), (Instant) row[2]);
    }

    public void removeAbout(long inquiryId) {
        em.createQuery("delete from OutboxMail m where m.inquiryId = :id")
                .setParameter("id", inquiryId)
                .executeUpdate();
    }
}
