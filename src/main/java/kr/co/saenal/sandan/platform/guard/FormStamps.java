package kr.co.saenal.sandan.platform.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hidden time stamp in a public form (comments, consultation requests): when the page was served (epoch
 * milliseconds) and for what (an article's id, or 0 for the consultation page), signed (HMAC-SHA256), so that the
 * form cannot claim to be older than it is. A form sent back too soon after it was served is a bot's; one older than
 * {@link #MAX_FORM_AGE} proves too little and is refused.
 */
@ApplicationScoped
public class FormStamps {

    /** A form older than this is refused (its stamp proves too little); the visitor reloads the page. */
    public static final Duration MAX_FORM_AGE = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(FormStamps.class.getName());

    /** What the stamp a form was sent back with says of it. */
    public enum Verdict {
        /** Missing, forged, or issued for another form. */
        NOT_OURS,
        /** Sent back sooner than a person could have filled the form in. */
        TOO_YOUNG,
        /** Older than {@link #MAX_FORM_AGE}. */
        EXPIRED,
        /** Filled in by a person, as far as time can tell. */
        IN_TIME
    }

    @Inject
    FormStampKey keys;

    private volatile byte[] key;

    /** A keyed {@link Mac} per thread (a Mac is not thread-safe), with the key it was keyed with. */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    private final ThreadLocal<byte[]> signingKey = new ThreadLocal<>();

    public FormStamps() {}

    /** Signing with {@code key}, outside the server. */
    FormStamps(byte[] key) {
        this.key = key.clone();
    }

    public String issue(long formSubject, Instant now) {
        String issued = Long.toString(now.toEpochMilli());
        return issued + "." + signature(formSubject, issued);
    }

    /** When the stamp was issued, if it is one of ours for this subject; empty for a missing or forged stamp. */
    public Optional<Instant> issuedAt(String stamp, long formSubject) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }
        String issued = stamp.substring(0, dot);
        if (!issued.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        byte[] expected = signature(formSubject, issued).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given)
                ? Optional.of(Instant.ofEpochMilli(Long.parseLong(issued)))
                : Optional.empty();
    }

    /**
     * Judges the stamp a form for {@code formSubject} was sent back with at {@code now}, when a person needs at least
     * {@code minFillTime} to fill the form in.
     */
    public Verdict judge(String stamp, long formSubject, Instant now, Duration minFillTime) {
        Optional<Instant> served = issuedAt(stamp, formSubject);
        if (served.isEmpty()) {
            return Verdict.NOT_OURS;
        }
        Duration age = Duration.between(served.get(), now);
        if (age.compareTo(MAX_FORM_AGE) > 0) {
            return Verdict.EXPIRED;
        }
        return age.compareTo(minFillTime) < 0 ? Verdict.TOO_YOUNG : Verdict.IN_TIME;
    }

    private String signature(long formSubject, String issued) {
        Mac mac = macs.get();
        byte[] current = key();
        if (mac == null || signingKey.get() != current) {
            // Looking the algorithm up and keying it cost more than signing: every answer of a kept article signs.
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(current, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
            macs.set(mac);
            signingKey.set(current);
        }
        byte[] signed = mac.doFinal((formSubject + ":" + issued).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = keys.stored().orElseGet(() -> {
                try {
                    return keys.create();
                } catch (RuntimeException raced) {
                    LOG.fine(() -> "Another node created the form stamp key first: " + raced);
                    return keys.stored().orElseThrow(() -> raced);
                }
            });
            key = known;
        }
        return known;
    }
}
