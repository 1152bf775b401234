package kr.co.saenal.sandan.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One staff account as the back office lists it: never the password hash. */
public record StaffSummary(
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt,
        boolean passwordChangeRequired,
        Instant createdAt,
        String email,
        boolean twoFactor)
        implements Serializable {

    static StaffSummary of(StaffUser user) {
        return new StaffSummary(
                user.getUsername(),
                user.getDisplayName(),
                user.roles(),
                user.isEnabled(),
                user.getLockedUntil(),
                user.getLastLoginAt(),
                user.isPasswordChangeRequired(),
                user.getCreatedAt(),
                user.getEmail(),
                user.hasTwoFactor());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
