package kr.co.saenal.sandan.platform.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import kr.co.saenal.sandan.platform.settings.SiteSetting;

/**
 * The secret that signs form stamps ({@link FormStamps}): random, made once per installation and kept in {@code site_setting}
 * ({@code comments.formKey}), so every node of a cluster signs and checks with the same key.
 */
@ApplicationScoped
public class FormStampKey {

    /** Named when only comments used it; kept so that existing installations keep their key. */
    static final String KEY = "comments.formKey";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> stored() {
        return Optional.ofNullable(em.find(SiteSetting.class, KEY))
                .map(row -> Base64.getDecoder().decode(row.getValue()));
    }

    /** Stores a new key; fails (and rolls back) when another node stored one first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] create() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        em.persist(new SiteSetting(KEY, Base64.getEncoder().encodeToString(key)));
        em.flush();
        return key;
    }
}
