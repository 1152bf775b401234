package kr.co.saenal.sandan.inquiry.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryReceived;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffSummary;

/**
 * When the administrator switches it on, each new request goes to the next enabled consultant in turn. The turn is
 * the request's number modulo the number of consultants (by username), so no server needs to know who had the last
 * one: requests numbered one after another go to consultants one after another, on any number of servers.
 */
@ApplicationScoped
public class RoundRobin {

    @Inject
    ResponseTargets targets;

    @Inject
    InquiryDesk desk;

    @Transactional(Transactional.TxType.MANDATORY)
    void assign(@Observes InquiryReceived received) {
        if (targets.policy().roundRobin()) {
            Inquiry inquiry = received.inquiry();
            next(inquiry.getId(), desk.assignees()).ifPresent(username -> desk.assignOnReceipt(inquiry, username));
        }
    }

    /** Whose turn request {@code id} is, among the enabled consultants (administrators only consult by hand). */
    static Optional<String> next(long id, List<StaffSummary> assignees) {
        List<String> consultants = assignees.stream()
                .filter(s -> s.enabled() && s.hasRole(Role.CONSULTANT))
                .map(StaffSummary::username)
                .sorted(Comparator.naturalOrder())
                .toList();
        return consultants.isEmpty()
                ? Optional.empty()
                : Optional.of(consultants.get((int) Math.floorMod(id, (long) consultants.size())));
    }
}
