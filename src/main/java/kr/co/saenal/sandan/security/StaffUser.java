package kr.co.saenal.sandan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A back-office account. It locks itself after {@link #MAX_FAILED_LOGINS} wrong passwords in a row for
 * {@link #LOCKOUT}; a correct password after that time unlocks it, and so does an administrator. A password an
 * administrator sets (the first one, or a reset) is temporary: its owner must choose their own before working.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    /** Comma-separated {@link Role} names. */
    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** The two-factor secret (Base32), once its owner confirmed it with a code; null without two-factor login. */
    @Column(name = "totp_secret", length = 128)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last step whose code was accepted: a code is good once, not again within its 90 seconds. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** Where reminders about the requests they are assigned go; null until they give one. */
    @Column(length = 254)
    private String email;

    @Version
    private long version;

    protected StaffUser() {}

    public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = requireUsername(username);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = joinRoles(roles);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** An account an administrator creates: its first password is temporary. */
    public static StaffUser withTemporaryPassword(
            String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        StaffUser user = new StaffUser(username, displayName, passwordHash, roles, now);
        user.passwordChangeRequired = true;
        return user;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    void enableTwoFactor(String secret, long step, Instant now) {
        totpSecret = secret;
        totpLastStep = step;
        totpEnabledAt = now;
    }

    /** The same secret stored another way (sealed once the key is set). */
    void storeTotpSecret(String stored) {
        totpSecret = stored;
    }

    void disableTwoFactor() {
        totpSecret = null;
        totpLastStep = null;
        totpEnabledAt = null;
    }

    /** Accepts the code of {@code step} unless a code of this step or a later one was accepted before. */
    boolean acceptStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    static String requireUsername(String username) {
        if (username == null || !username.matches("[a-zA-Z0-9._@-]{3,60}")) {
            throw new IllegalArgumentException("Usernames are 3-60 letters, digits or . _ @ -");
        }
        return username;
    }

    private static String joinRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs at least one role");
        }
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public void changeRoles(Set<Role> newRoles) {
        this.roles = joinRoles(newRoles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** An administrator lifts a lockout before its time is up. */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    /** An administrator sets a temporary password; the owner must replace it at their next login. */
    public void resetPassword(String temporaryHash) {
        passwordHash = Objects.requireNonNull(temporaryHash, "temporaryHash");
        passwordChangeRequired = true;
        unlock();
    }

    /** The owner chose a new password. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordChangeRequired = false;
        passwordChangedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** May this account log in at all right now (enabled and not locked)? */
    public boolean canLogIn(Instant now) {
        return enabled && !isLocked(now);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public Set<Role> roles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .forEach(set::add);
        return set;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The end of the current lockout, or null; a past time means the lockout is over. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
