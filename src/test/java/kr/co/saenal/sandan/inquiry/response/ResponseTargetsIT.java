package kr.co.saenal.sandan.inquiry.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryChange;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryEvent;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.inquiry.notification.OutboxMail;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.testsupport.Backdating;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * First-response targets in the server: set at receipt in working hours, moved by holidays and settings; an overdue
 * request owes one reminder however many servers ask at once, to its assignee or else to every consultant; the
 * digest lists what is still overdue; round robin hands new requests out in turn.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseTargetsIT {

    private static final StaffActor SYSTEM_TEST = new StaffActor("admin", "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ResponseTargets targets;

    @Inject
    ResponseReminders reminders;

    @Inject
    InquiryRepository inquiries;

    @Inject
    InquiryDesk desk;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffDirectory staff;

    @Inject
    Backdating backdating;

    @Test
    void aNewRequestIsDueItsTargetInWorkingHoursAfterItArrived() {
        Inquiry inquiry = inquiries.find(submit("기한계산")).orElseThrow();
        assertEquals(targets.dueAfter(inquiry.getReceivedAt()), inquiry.getRespondBy());
        assertTrue(
                inquiry.getRespondBy().isAfter(inquiry.getReceivedAt().plusSeconds(9 * 3600 - 1)),
                "nine working hours are at least nine hours");
    }

    @Test
    void aHolidayOnTheDueDayMovesTheTargetOfWaitingRequestsAndItsRemovalMovesItBack() {
        long id = submit("휴일이동");
        Instant before = inquiries.find(id).orElseThrow().getRespondBy();
        LocalDate dueDay = before.atZone(KoreanTime.ZONE).toLocalDate();
        targets.addHoliday(dueDay, "시험용 휴일", "admin");
        try {
            Instant moved = inquiries.find(id).orElseThrow().getRespondBy();
            assertTrue(moved.isAfter(before), before + " → " + moved);
            assertNotEquals(dueDay, moved.atZone(KoreanTime.ZONE).toLocalDate(), "not on the holiday");
        } finally {
            targets.removeHoliday(dueDay, "admin");
        }
        assertEquals(before, inquiries.find(id).orElseThrow().getRespondBy(), "back where it was");
    }

    @Test
    void settingsOutOfRangeAreRefusedAndChangeNothing() {
        ResponsePolicy now = targets.policy();
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> targets.change(
                        new ResponsePolicy(0, java.time.LocalTime.of(18, 0), java.time.LocalTime.of(9, 0), false),
                        "admin"));
        assertEquals(
                List.of("targetHours", "dayEnds"),
                refused.errors().stream().map(e -> e.field()).toList());
        assertEquals(now, targets.policy());
    }

    @Test
    void anOverdueRequestOwesOneReminderToItsAssigneeHoweverManyServersAskAtOnce() throws Exception {
        accounts.createOnce("reminded-one", "Reminded-Pass-2026", Role.CONSULTANT);
        staff.changeOwnEmail("reminded-one", "reminded-one@sandan.test");
        long id = submit("알림한번");
        desk.change(
                id, new InquiryChange(Optional.empty(), Optional.of("reminded-one"), Optional.empty()), SYSTEM_TEST);
        backdating.pastItsTarget(id, Instant.now());

        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> remind = () -> {
                    start.await();
                    return reminders.remind(id);
                };
                asked.add(servers.submit(remind));
            }
            start.countDown();
            int owed = 0;
            for (Future<Boolean> answer : asked) {
                owed += answer.get() ? 1 : 0;
            }
            assertTrue(owed <= 1, owed + " of four owed it (the timer may have been first)");
        } finally {
            servers.shutdownNow();
        }
        List<OutboxMail> mails = backdating.mailsTo("reminded-one@sandan.test", MailKind.RESPONSE_REMINDER).stream()
                .filter(m -> m.getInquiryId() == id)
                .toList();
        assertEquals(1, mails.size(), "one reminder");
        assertEquals("[응답 기한 지남] 접수번호 " + id, mails.get(0).getSubject());
        assertFalse(mails.get(0).getBody().contains("알림한번"), "no personal data");
        assertNotEquals(null, inquiries.find(id).orElseThrow().getRemindedAt());
        assertFalse(reminders.remind(id), "asked again later: nothing more");
        assertFalse(reminders.unreminded().contains(id));
        finish(id);
    }

    @Test
    void anUnassignedOverdueRequestRemindsEveryConsultantWithAnAddressAndTheDigestFollows() {
        accounts.createOnce("reminded-two", "Reminded-Pass-2026", Role.CONSULTANT);
        accounts.createOnce("reminded-three", "Reminded-Pass-2026", Role.CONSULTANT);
        staff.changeOwnEmail("reminded-two", "reminded-two@sandan.test");
        staff.changeOwnEmail("reminded-three", "reminded-three@sandan.test");
        long id = submit("미배정알림");
        backdating.pastItsTarget(id, Instant.now());
        reminders.remind(id);
        for (String address : List.of("reminded-two@sandan.test", "reminded-three@sandan.test")) {
            assertEquals(
                    1,
                    backdating.mailsTo(address, MailKind.RESPONSE_REMINDER).stream()
                            .filter(m -> m.getInquiryId() == id)
                            .count(),
                    address);
        }

        int before = backdating
                .mailsTo("reminded-two@sandan.test", MailKind.RESPONSE_DIGEST)
                .size();
        assertTrue(reminders.digest(Instant.now().plusSeconds(1)) >= 2);
        List<OutboxMail> digests = backdating.mailsTo("reminded-two@sandan.test", MailKind.RESPONSE_DIGEST);
        assertEquals(before + 1, digests.size(), "one digest per recipient");
        OutboxMail digest = digests.get(digests.size() - 1);
        assertNull(digest.getInquiryId(), "about several requests");
        assertTrue(digest.getBody().contains("접수번호 " + id + " ·"), digest.getBody());
        assertTrue(digest.getBody().contains("담당 미배정"), digest.getBody());
        assertFalse(digest.getBody().contains("미배정알림"), "no personal data");

        finish(id);
        int after = backdating
                .mailsTo("reminded-two@sandan.test", MailKind.RESPONSE_DIGEST)
                .size();
        reminders.digest(Instant.now().plusSeconds(1));
        List<OutboxMail> later = backdating.mailsTo("reminded-two@sandan.test", MailKind.RESPONSE_DIGEST);
        assertTrue(
                later.size() == after || !later.get(later.size() - 1).getBody().contains("접수번호 " + id + " ·"),
                "a request taken up is in no later digest");
    }

    @Test
    void roundRobinHandsNewRequestsToTheConsultantsInTurnAndSaysSoInTheHistory() {
        accounts.createOnce("turn-a", "Turn-Pass-2026", Role.CONSULTANT);
        accounts.createOnce("turn-b", "Turn-Pass-2026", Role.CONSULTANT);
        ResponsePolicy before = targets.policy();
        targets.change(new ResponsePolicy(before.targetHours(), before.dayStarts(), before.dayEnds(), true), "admin");
        try {
            long first = submit("차례하나");
            long second = submit("차례둘");
            String a = inquiries.find(first).orElseThrow().getAssignee();
            String b = inquiries.find(second).orElseThrow().getAssignee();
            List<String> consultants = desk.assignees().stream()
                    .filter(s -> s.hasRole(Role.CONSULTANT))
                    .map(s -> s.username())
                    .toList();
            assertTrue(consultants.contains(a) && consultants.contains(b), a + ", " + b + " of " + consultants);
            assertEquals(RoundRobin.next(first, desk.assignees()).orElseThrow(), a);
            if (second == first + 1) {
                assertNotEquals(a, b, "one after the other");
            }
            InquiryEvent assigned = desk.events(first).stream()
                    .filter(e -> e.getKind() == InquiryEvent.Kind.ASSIGNED)
                    .findFirst()
                    .orElseThrow();
            assertNull(assigned.getActor(), "by the system");
            assertEquals(a, assigned.getAfter());
        } finally {
            targets.change(before, "admin");
        }
        assertNull(inquiries.find(submit("차례끝")).orElseThrow().getAssignee(), "switched off again");
    }

    private void finish(long id) {
        desk.change(
                id,
                new InquiryChange(Optional.of(InquiryStatus.IN_PROGRESS), Optional.empty(), Optional.empty()),
                SYSTEM_TEST);
    }

    private static long submit(String name) {
        Http.Reply created = new Http().postJson("/api/inquiries", Requests.validInquiry(b -> b.add("name", name)));
        assertEquals(201, created.status(), created::toString);
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }
}
