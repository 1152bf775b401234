package kr.co.saenal.sandan.inquiry.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.guard.FormStamps;
import kr.co.saenal.sandan.platform.guard.RateLimiter;
import kr.co.saenal.sandan.platform.guard.TooManyRequestsException;

/**
 * Keeps automated abuse away from consultation requests, by the {@link InquiryGuardPolicy}: a rate limit per client
 * for the API and the forms, and for the forms a honeypot field and a minimum time between serving the form and
 * sending it. Refusals are visible (a person wrongly taken for a bot is told what to do); nothing is stored.
 */
@ApplicationScoped
public class InquiryGuard {

    /** The form subject of the /consult page's stamp; the form under an article uses the article's id. */
    public static final long CONSULT_PAGE = 0;

    private static final Logger LOG = Logger.getLogger(InquiryGuard.class.getName());

    @Inject
    InquiryGuardPolicyService policies;

    @Inject
    FormStamps stamps;

    @Inject
    Clock clock;

    private final RateLimiter limiter = new RateLimiter();

    public InquiryGuardPolicy policy() {
        return policies.current();
    }

    /**
     * Counts one submission of this client, whatever becomes of it.
     *
     * @throws TooManyRequestsException when the client has used up its limit
     */
    public void admit(String clientAddress) {
        InquiryGuardPolicy policy = policies.current();
        // A changed limit starts everybody afresh: the key carries it.
        String bucket = clientKey(clientAddress) + "|" + policy.rateLimit() + "/" + policy.rateWindowMinutes();
        Optional<Duration> wait = limiter.acquire(bucket, policy.rateLimit(), policy.rateWindow(), clock.instant());
        if (wait.isPresent()) {
            LOG.info(() -> "Inquiry from " + clientAddress + " refused: rate limit " + policy.rateLimit() + " per "
                    + policy.rateWindowMinutes() + " min");
            throw new TooManyRequestsException(wait.get());
        }
    }

    /** A stamp for a form served now. */
    public String stampFor(long formSubject) {
        return stamps.issue(formSubject, clock.instant());
    }

    /**
     * @param honeypot the field people cannot see; bots fill it in
     * @throws SuspectedBotException for a filled-in honeypot, a missing, forged or stale stamp, or a form sent
     *                               back sooner than the policy's minimum fill time
     */
    public void checkForm(long formSubject, String stamp, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            throw new SuspectedBotException(SuspectedBotException.Reason.HONEYPOT);
        }
        switch (stamps.judge(
                stamp, formSubject, clock.instant(), policies.current().minFillTime())) {
            case NOT_OURS, EXPIRED -> throw new SuspectedBotException(SuspectedBotException.Reason.STALE_FORM);
            case TOO_YOUNG -> throw new SuspectedBotException(SuspectedBotException.Reason.TOO_FAST);
            case IN_TIME -> {}
        }
    }

    /** IPv4 addresses count one by one; IPv6 ones by their /64 network, which one subscriber usually has whole. */
    static String clientKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
