package kr.co.saenal.sandan.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Lets days pass for the privacy policy's versions, as time would: every effective date moves by some days. */
@ApplicationScoped
public class PolicyDates {

    @PersistenceContext
    EntityManager em;

    /** Moves every effective date by {@code days} (negative: into the past, as if those days had passed). */
    @Transactional
    public void shift(int days) {
        List<Object[]> rows = em.createQuery(
                        "select p.id, p.effectiveOn from PrivacyPolicy p where p.effectiveOn is not null",
                        Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            em.createQuery("update PrivacyPolicy p set p.effectiveOn = :on where p.id = :id")
                    .setParameter("on", ((LocalDate) row[1]).plusDays(days))
                    .setParameter("id", row[0])
                    .executeUpdate();
        }
    }

    /** Back to the installed state: version 1 only, in force since {@code since}. */
    @Transactional
    public void reset(LocalDate since) {
        em.createQuery("delete from PrivacyPolicy p where p.version > 1").executeUpdate();
        em.createQuery("update PrivacyPolicy p set p.effectiveOn = :since")
                .setParameter("since", since)
                .executeUpdate();
    }

    /** The effective date of version 1. */
    public LocalDate firstEffectiveDate() {
        return em.createQuery("select p.effectiveOn from PrivacyPolicy p where p.version = 1", LocalDate.class)
                .getSingleResult();
    }
}
