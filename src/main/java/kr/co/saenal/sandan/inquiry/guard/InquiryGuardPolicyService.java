package kr.co.saenal.sandan.inquiry.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.settings.RecentlyRead;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Reads and changes the {@link InquiryGuardPolicy}. Every submission asks for it, so it is read from the database
 * at most every few seconds: a change holds at once on the node that made it and within {@link #FRESHNESS} on the
 * others.
 */
@ApplicationScoped
public class InquiryGuardPolicyService {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(InquiryGuardPolicyService.class.getName());

    @Inject
    SettingRepository settings;

    @Inject
    Clock clock;

    private final RecentlyRead<InquiryGuardPolicy> policy = new RecentlyRead<>(
            FRESHNESS, () -> InquiryGuardPolicy.from(settings.withPrefix(InquiryGuardPolicy.PREFIX)));

    @Transactional(Transactional.TxType.SUPPORTS)
    public InquiryGuardPolicy current() {
        return policy.get(clock);
    }

    /** @throws kr.co.saenal.sandan.platform.RuleViolationException when a number is out of range; nothing changes */
    @Transactional
    public InquiryGuardPolicy change(InquiryGuardPolicy policy, String administrator) {
        policy.check();
        settings.put(policy.values());
        this.policy.forget();
        LOG.info(() -> "Inquiry guard policy changed by " + administrator + ": " + policy);
        return policy;
    }
}
