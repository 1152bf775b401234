package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RandomTokens;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.RecentlyRead;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Two-factor login for staff: enrolment (a new secret shown as a QR code, confirmed with the first code, then ten
 * recovery codes shown once), the check at login (a TOTP code, each good once, or an unused recovery code), and the
 * administrator's switch that requires it of everyone who sees personal data (ADMIN, CONSULTANT).
 */
@ApplicationScoped
public class TwoFactor {

    public static final String CODE = "code";
    static final String REQUIRED = "security.twoFactorRequired";
    static final int RECOVERY_CODES = 10;
    private static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(TwoFactor.class.getName());

    @Inject
    StaffUserRepository users;

    @Inject
    TwoFactorRepository codes;

    @Inject
    TwoFactorSecrets secrets;

    @Inject
    SettingRepository settings;

    @Inject
    Clock clock;

    private final RecentlyRead<Boolean> required = new RecentlyRead<>(
            FRESHNESS, () -> Boolean.parseBoolean(settings.withPrefix(REQUIRED).getOrDefault(REQUIRED, "false")));

    /** A secret to show at enrolment; nothing is stored until {@link #confirm} sees a code made from it. */
    public String newSecret() {
        return Totp.newSecret();
    }

    /**
     * Switches two-factor login on with {@code secret} once {@code code} was made from it.
     *
     * @return the recovery codes, in the clear for this once
     * @throws RuleViolationException (field {@code code}) when the code does not match
     */
    @Transactional
    public List<String> confirm(String username, String secret, String code) {
        StaffUser user = account(username);
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw refusal("twoFactor.code.wrong");
        }
        user.enableTwoFactor(secrets.seal(username, secret), step.getAsLong(), clock.instant());
        LOG.info(() -> "Staff member " + username + " switched two-factor login on");
        return newRecoveryCodes(username);
    }

    /** Ten new recovery codes in place of the old ones, shown once. */
    @Transactional
    public List<String> newRecoveryCodes(String username) {
        codes.removeRecoveryCodes(username);
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = RandomTokens.hex(5);
            plain.add(code.substring(0, 5) + "-" + code.substring(5));
            codes.add(new RecoveryCode(username, code));
        }
        return plain;
    }

    /**
     * Switches it off, with a current code or a recovery code; not while it is required of the account.
     *
     * @throws RuleViolationException (field {@code code}) when it is required or the code does not match
     */
    @Transactional
    public void disable(String username, String code) {
        StaffUser user = account(username);
        if (requiredOf(user)) {
            throw refusal("twoFactor.required");
        }
        if (!user.hasTwoFactor() || !verify(user, code)) {
            throw refusal("twoFactor.code.wrong");
        }
        user.disableTwoFactor();
        codes.removeRecoveryCodes(username);
        LOG.info(() -> "Staff member " + username + " switched two-factor login off");
    }

    /** A code at login, in the login's transaction: a TOTP code not used before, or an unused recovery code. */
    boolean verify(StaffUser user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        OptionalLong step = matchingStep(user, code, now);
        if (step.isPresent()) {
            return user.acceptStep(step.getAsLong());
        }
        String typed = RecoveryCode.normalized(code);
        boolean recovered = typed.matches("[0-9a-f]{10}")
                && codes.useRecoveryCode(user.getUsername(), SecretHashes.sha256(typed), now);
        if (recovered) {
            LOG.info(() -> "Staff member " + user.getUsername() + " logged in with a recovery code");
        }
        return recovered;
    }

    private OptionalLong matchingStep(StaffUser user, String code, Instant now) {
        try {
            return Totp.matchingStep(secrets.open(user.getUsername(), user.getTotpSecret()), code, now);
        } catch (TwoFactorSecrets.UnreadableSecretException e) {
            LOG.severe(() -> e.getMessage() + "; only a recovery code lets this account in");
            return OptionalLong.empty();
        }
    }

    /**
     * Seals the secrets stored before the key was set (see {@link TwoFactorSecrets}); nothing without the key.
     *
     * @return how many were sealed
     */
    @Transactional
    public int sealStoredSecrets() {
        if (!secrets.sealing()) {
            return 0;
        }
        List<StaffUser> unsealed = users.withUnsealedTotpSecretForUpdate();
        for (StaffUser user : unsealed) {
            user.storeTotpSecret(secrets.seal(user.getUsername(), user.getTotpSecret()));
        }
        if (!unsealed.isEmpty()) {
            LOG.info(() -> "Two-factor secrets of " + unsealed.size() + " accounts sealed with SANDAN_TWO_FACTOR_KEY");
        }
        return unsealed.size();
    }

    /** Whether secrets are sealed before they are stored: the settings page says so when they are not. */
    public boolean sealsSecrets() {
        return secrets.sealing();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unusedRecoveryCodes(String username) {
        return codes.unusedRecoveryCodes(username);
    }

    /** Whether administrators require two-factor login of ADMIN and CONSULTANT accounts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean required() {
        return required.get(clock);
    }

    @Transactional
    public void require(boolean on, String administrator) {
        settings.put(Map.of(REQUIRED, Boolean.toString(on)));
        required.forget();
        LOG.info(() -> "Two-factor login " + (on ? "required" : "no longer required") + " by " + administrator);
    }

    /** Whether the account must have two-factor login (and so must enrol before working). */
    boolean requiredOf(StaffUser user) {
        return required() && (user.roles().contains(Role.ADMIN) || user.roles().contains(Role.CONSULTANT));
    }

    private StaffUser account(String username) {
        return users.forLogin(username == null ? "" : username)
                .orElseThrow(() -> new IllegalStateException("No account " + username));
    }

    private static RuleViolationException refusal(String key) {
        return new RuleViolationException(List.of(new FieldError(CODE, Texts.say(TwoFactor.class, key))));
    }
}
