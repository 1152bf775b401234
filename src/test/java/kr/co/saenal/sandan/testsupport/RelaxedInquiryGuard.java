package kr.co.saenal.sandan.testsupport;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuardPolicy;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuardPolicyService;

/**
 * Part of every test deployment: every test request comes from 127.0.0.1 and fills its forms in at once, so the
 * limits against abuse are relaxed when a test deployment starts. {@code InquiryGuardIT} sets strict ones for its
 * own cases and puts these back.
 */
@Startup
@Singleton
public class RelaxedInquiryGuard {

    public static final InquiryGuardPolicy RELAXED = new InquiryGuardPolicy(
            0, 1_000_000, 1, InquiryGuardPolicy.DEFAULT.maxLinks(), InquiryGuardPolicy.DEFAULT.maxBodyKiB());

    @Inject
    InquiryGuardPolicyService policies;

    @PostConstruct
    void relax() {
        policies.change(RELAXED, "test deployment");
    }
}
