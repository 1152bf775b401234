package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Writes and reads the access log of personal data. Writing joins the caller's transaction, so that a look at
 * personal data and its record are committed together or not at all.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String staffUsername, String clientAddress, AccessAction action, Collection<Long> inquiryIds,
            String reason) {
        em.persist(new AccessRecord(clock.instant(), staffUsername, clientAddress, action, inquiryIds, reason));
    }

    /** Newest first. */
    public List<AccessRecord> latest(int offset, int limit) {
        return em.createQuery("select r from AccessRecord r order by r.accessedAt desc, r.id desc", AccessRecord.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The records that name this inquiry, newest first. */
    public List<AccessRecord> about(long inquiryId) {
        String id = Long.toString(inquiryId);
        return em.createQuery("select r from AccessRecord r where r.inquiryIds = :id or r.inquiryIds like :first "
                        + "or r.inquiryIds like :last or r.inquiryIds like :middle order by r.accessedAt desc, r.id desc",
                        AccessRecord.class)
                .setParameter("id", id)
                .setParameter("first", id + ",%")
                .setParameter("last", "%," + id)
                .setParameter("middle", "%," + id + ",%")
                .getResultList();
    }
}
