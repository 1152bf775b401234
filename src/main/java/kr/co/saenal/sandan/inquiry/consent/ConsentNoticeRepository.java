package kr.co.saenal.sandan.inquiry.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ConsentNoticeRepository {

    @PersistenceContext
    EntityManager em;

    /** The version visitors are shown now: the newest one. */
    public ConsentNotice current() {
        return em.createQuery("select n from ConsentNotice n order by n.version desc", ConsentNotice.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No consent notice in the database (migration V2)"));
    }

    /** Every version, newest first, with the number of inquiries that agreed to it. */
    public List<ConsentNoticeVersion> versions() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.inquiry.consent.ConsentNoticeVersion(n.version, n.publishedAt, "
                                + "count(r.id)) from ConsentNotice n left join ConsentRecord r on r.notice = n "
                                + "group by n.id, n.version, n.publishedAt order by n.version desc",
                        ConsentNoticeVersion.class)
                .getResultList();
    }

    void add(ConsentNotice notice) {
        em.persist(notice);
    }

    public Optional<ConsentNotice> byVersion(int version) {
        return em.createQuery("select n from ConsentNotice n where n.version = :v", ConsentNotice.class)
                .setParameter("v", version)
                .getResultStream()
                .findFirst();
    }
}
