package kr.co.saenal.sandan.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PrivacyPolicyRepository {

    @PersistenceContext
    EntityManager em;

    /** Every version, newest number first. */
    public List<PrivacyPolicy> all() {
        return em.createQuery("select p from PrivacyPolicy p order by p.version desc", PrivacyPolicy.class)
                .getResultList();
    }

    /**
     * The versions whose day has come, the one in force first: newest effective date, then highest number.
     */
    public List<PrivacyPolicy> inEffectBy(java.time.LocalDate today) {
        return em.createQuery(
                        "select p from PrivacyPolicy p where p.effectiveOn <= :today "
                                + "order by p.effectiveOn desc, p.version desc",
                        PrivacyPolicy.class)
                .setParameter("today", today)
                .getResultList();
    }

    public Optional<PrivacyPolicy> byVersion(int version) {
        return em.createQuery("select p from PrivacyPolicy p where p.version = :v", PrivacyPolicy.class)
                .setParameter("v", version)
                .getResultStream()
                .findFirst();
    }

    /** The version, locked until the transaction ends, so that two saves of it run one after the other. */
    public Optional<PrivacyPolicy> byVersionForUpdate(int version) {
        return em.createQuery("select p from PrivacyPolicy p where p.version = :v", PrivacyPolicy.class)
                .setParameter("v", version)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public int highestVersion() {
        Integer max = em.createQuery("select max(p.version) from PrivacyPolicy p", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    void add(PrivacyPolicy policy) {
        em.persist(policy);
    }

    void remove(PrivacyPolicy policy) {
        em.remove(policy);
    }
}
