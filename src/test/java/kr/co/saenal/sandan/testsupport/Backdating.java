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

    @Transactional
    public boolean anyOutboxMail(long id) {
        return em.createQuery("select count(m) from OutboxMail m where m.inquiryId = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }
}
