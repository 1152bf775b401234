package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.site.SiteSetting;

/** Reads and changes the {@link CommentPolicy}. Not cached, so a change holds on every node at once. */
@ApplicationScoped
public class CommentPolicyService {

    private static final Logger LOG = Logger.getLogger(CommentPolicyService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentPolicy current() {
        Map<String, String> values = em.createQuery("select s from SiteSetting s where s.key like 'comments.%'",
                        SiteSetting.class)
                .getResultStream()
                .collect(Collectors.toMap(SiteSetting::getKey, SiteSetting::getValue));
        return CommentPolicy.from(values);
    }

    /** @throws kr.co.saenal.sandan.platform.RuleViolationException when a number is out of range; nothing changes */
    @Transactional
    public CommentPolicy change(CommentPolicy policy, String administrator) {
        policy.check();
        policy.values().forEach((key, value) -> {
            SiteSetting row = em.find(SiteSetting.class, key);
            if (row == null) {
                em.persist(new SiteSetting(key, value));
            } else {
                row.change(value);
            }
        });
        LOG.info(() -> "Comment policy changed by " + administrator + ": " + policy);
        return policy;
    }
}
