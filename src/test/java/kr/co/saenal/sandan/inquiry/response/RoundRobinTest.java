package kr.co.saenal.sandan.inquiry.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffSummary;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

    @Test
    void requestsGoToTheEnabledConsultantsInTurnByUsername() {
        List<StaffSummary> staff = List.of(
                member("choi", true, Role.CONSULTANT),
                member("admin", true, Role.ADMIN),
                member("ahn", true, Role.CONSULTANT),
                member("off", false, Role.CONSULTANT));
        assertEquals(Optional.of("ahn"), RoundRobin.next(10, staff));
        assertEquals(Optional.of("choi"), RoundRobin.next(11, staff));
        assertEquals(Optional.of("ahn"), RoundRobin.next(12, staff));
    }

    @Test
    void withoutConsultantsNobodyIsAssigned() {
        assertEquals(Optional.empty(), RoundRobin.next(7, List.of(member("admin", true, Role.ADMIN))));
    }

    private static StaffSummary member(String username, boolean enabled, Role role) {
        return new StaffSummary(
                username, username, Set.of(role), enabled, null, null, false, Instant.EPOCH, null, false);
    }
}
