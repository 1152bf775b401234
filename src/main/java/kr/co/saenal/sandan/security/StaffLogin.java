package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a username and password and keeps count of failures. Every refusal looks the same from outside
 * (unknown user, wrong password, locked or disabled account), so that nobody can learn which accounts exist.
 */
@ApplicationScoped
public class StaffLogin {

    private static final Logger LOG = Logger.getLogger(StaffLogin.class.getName());

    @Inject
    StaffUserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    TwoFactor twoFactor;

    /** The roles of the account, or empty when the login is refused (HTTP Basic: no second factor). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Set<Role>> check(String username, char[] password) {
        return check(username, password, null, false);
    }

    /**
     * The roles of the account, or empty when the login is refused. An account with two-factor login also needs
     * {@code code} (a TOTP or recovery code), which only the login page carries ({@code withSecondFactor}); a wrong
     * code counts as a wrong password towards the lockout.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Set<Role>> check(String username, char[] password, String code, boolean withSecondFactor) {
        Instant now = clock.instant();
        Optional<StaffUser> found = username == null ? Optional.empty() : users.forLogin(username.strip());
        if (found.isEmpty()) {
            passwords.spendVerificationTime(password);
            LOG.info("Login refused: unknown user");
            return Optional.empty();
        }
        StaffUser user = found.get();
        boolean passwordMatches = passwords.matches(password, user.getPasswordHash());
        if (!user.canLogIn(now)) {
            LOG.info(() -> "Login refused: account " + user.getUsername() + " is locked or disabled");
            return Optional.empty();
        }
        if (!passwordMatches) {
            user.recordFailedLogin(now);
            LOG.info(() -> "Login refused: wrong password for " + user.getUsername()
                    + (user.isLocked(now) ? ", account locked until " + StaffUser.LOCKOUT + " from now" : ""));
            return Optional.empty();
        }
        if (user.hasTwoFactor()) {
            if (!withSecondFactor) {
                LOG.info(() -> "Login refused: " + user.getUsername() + " has two-factor login; HTTP Basic cannot "
                        + "carry it (use an API token)");
                return Optional.empty();
            }
            if (!twoFactor.verify(user, code)) {
                user.recordFailedLogin(now);
                LOG.info(() -> "Login refused: wrong or missing second factor for " + user.getUsername()
                        + (user.isLocked(now) ? ", account locked until " + StaffUser.LOCKOUT + " from now" : ""));
                return Optional.empty();
            }
        }
        user.recordSuccessfulLogin(now);
        return Optional.of(user.roles());
    }

    /** An active account, for a session that is already logged in; empty once it is disabled or locked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActiveAccount> active(String username) {
        return users.byUsername(username)
                .filter(u -> u.canLogIn(clock.instant()))
                .map(u -> new ActiveAccount(
                        u.roles(), u.isPasswordChangeRequired(), twoFactor.requiredOf(u) && !u.hasTwoFactor()));
    }

    /**
     * What the back office needs to know about a logged-in member of staff on every request: while the password is
     * temporary or two-factor login is required but not set up, only the account page is open.
     */
    public record ActiveAccount(Set<Role> roles, boolean passwordChangeRequired, boolean twoFactorMissing) {

        public boolean mustVisitAccountPage() {
            return passwordChangeRequired || twoFactorMissing;
        }
    }
}
