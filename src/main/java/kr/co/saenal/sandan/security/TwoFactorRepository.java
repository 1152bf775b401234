package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recovery codes and API tokens, found by the hash of what was typed or sent. */
@ApplicationScoped
public class TwoFactorRepository {

    @PersistenceContext
    EntityManager em;

    void add(Object codeOrToken) {
        em.persist(codeOrToken);
    }

    void removeRecoveryCodes(String username) {
        em.createQuery("delete from RecoveryCode c where c.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    /**
     * Uses the account's unused code with this hash: of two logins racing with one code, one update wins.
     *
     * @return whether the code was there and unused
     */
    boolean useRecoveryCode(String username, String hash, Instant now) {
        return em.createQuery("update RecoveryCode c set c.usedAt = :now where c.username = :username "
                                + "and c.codeHash = :hash and c.usedAt is null")
                        .setParameter("now", now)
                        .setParameter("username", username)
                        .setParameter("hash", hash)
                        .executeUpdate()
                == 1;
    }

    long unusedRecoveryCodes(String username) {
        return em.createQuery(
                        "select count(c) from RecoveryCode c where c.username = :username and c.usedAt is null",
                        Long.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    Optional<ApiToken> tokenByHash(String hash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    List<ApiToken> tokensOf(String username) {
        return em.createQuery(
                        "select t from ApiToken t where t.username = :username order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("username", username)
                .getResultList();
    }

    Optional<ApiToken> token(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** Records a use, at most once a minute per token: a busy client costs no write per request. */
    void used(long id, Instant now) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
                        + "and (t.lastUsedAt is null or t.lastUsedAt < :minuteAgo)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("minuteAgo", now.minusSeconds(60))
                .executeUpdate();
    }
}
