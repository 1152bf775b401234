package kr.co.saenal.sandan.security.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffSummary;

/** {@code #{staffText}}: how the back office words a staff account (roles, status, lockout, dates). */
@Named
@ApplicationScoped
public class StaffText {

    @Inject
    Clock clock;

    public String roles(StaffSummary staff) {
        return staff.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public String status(StaffSummary staff) {
        return say(staff.enabled() ? "admin.staffText.enabled" : "admin.staffText.disabled");
    }

    public boolean locked(StaffSummary staff) {
        return staff.lockedAt(clock.instant());
    }

    /** Until when the account is locked, or empty. */
    public String lockedUntil(StaffSummary staff) {
        return locked(staff) ? say("admin.staffText.lockedUntil", KoreanTime.dateTime(staff.lockedUntil())) : "";
    }

    public String lastLogin(StaffSummary staff) {
        return staff.lastLoginAt() == null
                ? say("admin.staffText.neverLoggedIn")
                : KoreanTime.compact(staff.lastLoginAt());
    }

    public String createdAt(StaffSummary staff) {
        return KoreanTime.compact(staff.createdAt());
    }

    private static String say(String key, Object... values) {
        return Texts.say(StaffText.class, key, values);
    }
}
