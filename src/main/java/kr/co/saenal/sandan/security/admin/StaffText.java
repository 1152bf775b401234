package kr.co.saenal.sandan.security.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffSummary;

/** {@code #{staffText}}: how the back office words a staff account (roles, status, lockout, dates) in Korean. */
@Named
@ApplicationScoped
public class StaffText {

    @Inject
    Clock clock;

    public String roles(StaffSummary staff) {
        return staff.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public String status(StaffSummary staff) {
        return staff.enabled() ? "사용" : "중지";
    }

    public boolean locked(StaffSummary staff) {
        return staff.lockedAt(clock.instant());
    }

    /** Until when the account is locked, or empty. */
    public String lockedUntil(StaffSummary staff) {
        return locked(staff) ? KoreanTime.dateTime(staff.lockedUntil()) + "까지" : "";
    }

    public String lastLogin(StaffSummary staff) {
        return staff.lastLoginAt() == null ? "없음" : KoreanTime.dateTime(staff.lastLoginAt());
    }

    public String createdAt(StaffSummary staff) {
        return KoreanTime.dateTime(staff.createdAt());
    }
}
