package kr.co.saenal.sandan.inquiry.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
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

    private record Cached(InquiryGuardPolicy policy, Instant readAt) {}

    @Inject
    SettingRepository settings;

    @Inject
    Clock clock;

    private volatile Cached cached;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InquiryGuardPolicy current() {
        Cached known = cached;
        Instant now = clock.instant();
        if (known == null || now.isAfter(known.readAt().plus(FRESHNESS)) || now.isBefore(known.readAt())) {
            known = new Cached(InquiryGuardPolicy.from(settings.withPrefix(InquiryGuardPolicy.PREFIX)), now);
            cached = known;
        }
        return known.policy();
    }

    /** @throws kr.co.saenal.sandan.platform.RuleViolationException when a number is out of range; nothing changes */
    @Transactional
    public InquiryGuardPolicy change(InquiryGuardPolicy policy, String administrator) {
        policy.check();
        settings.put(policy.values());
        cached = null;
        LOG.info(() -> "Inquiry guard policy changed by " + administrator + ": " + policy);
        return policy;
    }
}
