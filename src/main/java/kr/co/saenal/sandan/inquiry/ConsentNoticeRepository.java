package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public Optional<ConsentNotice> byVersion(int version) {
        return em.createQuery("select n from ConsentNotice n where n.version = :v", ConsentNotice.class)
                .setParameter("v", version)
                .getResultStream()
                .findFirst();
    }
}
