package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/** Reads and changes the {@link CommentPolicy}. Not cached, so a change holds on every node at once. */
@ApplicationScoped
public class CommentPolicyService {

    private static final Logger LOG = Logger.getLogger(CommentPolicyService.class.getName());

    @Inject
    SettingRepository settings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentPolicy current() {
        return CommentPolicy.from(settings.withPrefix("comments."));
    }

    /** @throws kr.co.saenal.sandan.platform.RuleViolationException when a number is out of range; nothing changes */
    @Transactional
    public CommentPolicy change(CommentPolicy policy, String administrator) {
        policy.check();
        settings.put(policy.values());
        LOG.info(() -> "Comment policy changed by " + administrator + ": " + policy);
        return policy;
    }
}
