package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffUserRepository {

    @PersistenceContext
    EntityManager em;

    /** The account, locked for update so that concurrent wrong passwords are all counted. */
    public Optional<StaffUser> forLogin(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<StaffUser> byUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Every account, by username. */
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                .getResultList();
    }

    /** The enabled accounts, locked for update (see {@link StaffDirectory}'s guard rails). */
    public List<StaffUser> enabledForUpdate() {
        return em.createQuery("select u from StaffUser u where u.enabled = true order by u.id", StaffUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Accounts whose two-factor secret is stored unsealed, locked for update (two nodes starting seal it once). */
    List<StaffUser> withUnsealedTotpSecretForUpdate() {
        return em.createQuery(
                        "select u from StaffUser u where u.totpSecret is not null and u.totpSecret not like :sealed",
                        StaffUser.class)
                .setParameter("sealed", TwoFactorSecrets.SEALED + "%")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    public void add(StaffUser user) {
        em.persist(user);
    }
}
