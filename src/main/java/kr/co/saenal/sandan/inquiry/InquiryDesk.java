package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;

/**
 * The consultants' side of inquiries. Lists show masked personal data; opening or changing one inquiry writes an
 * access record in the same transaction.
 */
@ApplicationScoped
@Transactional
public class InquiryDesk {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    InquiryRepository inquiries;

    @Inject
    AccessLog accessLog;

    @Inject
    InquiryDestruction destruction;

    @Inject
    InquiryHistoryRepository history;

    @Inject
    StaffDirectory staff;

    @Inject
    InquiryFileRepository files;

    @Inject
    Clock clock;

    /** Newest first, those the search finds. One statement: rows are read as columns, not entities. */
    public List<InquiryRow> list(InquirySearch search, int offset, int limit) {
        return list(search, InquirySort.NEWEST, offset, limit);
    }

    /** Those the search finds, in the given order. */
    public List<InquiryRow> list(InquirySearch search, InquirySort sort, int offset, int limit) {
        return inquiries.rows(search, sort, offset, limit);
    }

    public long count(InquirySearch search) {
        return inquiries.count(search);
    }

    public InquiryDetails open(long id, StaffActor staff) {
        Inquiry inquiry = find(id);
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.VIEW, List.of(id), null);
        return InquiryDetails.of(inquiry);
    }

    /**
     * Changes status and assignee and adds the note, as one: each change of status or assignee is an event of the
     * request's history, the note one of its notes.
     *
     * @throws StatusChangeNotAllowedException when the workflow does not allow the new status
     * @throws InquiryDestroyedException when the inquiry's personal data was destroyed
     * @throws RuleViolationException (field {@code assignee}) when the new assignee is no enabled consultant or
     *     administrator
     */
    public InquiryDetails change(long id, InquiryChange change, StaffActor staff) {
        Inquiry inquiry = find(id);
        Instant now = clock.instant();
        InquiryStatus status = inquiry.getStatus();
        String assignee = inquiry.getAssignee();
        if (!inquiry.isDestroyed()) {
            change.assignee().map(String::strip).ifPresent(next -> refuseUnknownAssignee(next, assignee));
        }
        inquiry.apply(change, now);
        if (inquiry.getStatus() != status) {
            history.add(new InquiryEvent(
                    id,
                    InquiryEvent.Kind.STATUS,
                    status.name(),
                    inquiry.getStatus().name(),
                    staff.username(),
                    now));
        }
        if (!Objects.equals(inquiry.getAssignee(), assignee)) {
            history.add(new InquiryEvent(
                    id, InquiryEvent.Kind.ASSIGNED, assignee, inquiry.getAssignee(), staff.username(), now));
        }
        change.note().map(String::strip).filter(text -> !text.isEmpty()).ifPresent(text -> {
            history.add(new InquiryNote(id, staff.username(), text, now));
        });
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.UPDATE, List.of(id), null);
        return InquiryDetails.of(inquiry);
    }

    /**
     * Gives a request just received to a consultant chosen by the system (round robin), recorded in its history
     * without an actor. Called in the transaction that stores the request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignOnReceipt(Inquiry inquiry, String username) {
        inquiry.assignTo(username);
        history.add(new InquiryEvent(
                inquiry.getId(), InquiryEvent.Kind.ASSIGNED, null, inquiry.getAssignee(), null, clock.instant()));
    }

    /**
     * A new text for a note; the earlier one stays for administrators to read. Only the note's author edits it.
     *
     * @throws InquiryNotFoundException when the request has no such note
     * @throws NoteNotYoursException when someone else wrote it
     * @throws InquiryDestroyedException when the inquiry's personal data was destroyed
     */
    public InquiryDetails editNote(long id, long noteId, String text, StaffActor staff) {
        Inquiry inquiry = find(id);
        inquiry.refuseNotesOnceDestroyed();
        InquiryNote note = history.note(noteId)
                .filter(n -> n.getInquiryId() == id)
                .orElseThrow(() -> new InquiryNotFoundException(id));
        if (!note.writtenBy(staff.username())) {
            throw new NoteNotYoursException(noteId);
        }
        String stripped = text == null ? "" : text.strip();
        if (!stripped.isEmpty()) {
            note.edit(stripped, staff.username(), clock.instant());
        }
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.UPDATE, List.of(id), null);
        return InquiryDetails.of(inquiry);
    }

    /**
     * The requester's other requests (same phone number or e-mail), newest first, masked as lists are: shown as
     * "이전 상담 N건" with links; nothing is merged.
     */
    public List<InquiryRow> sameRequester(InquiryDetails inquiry) {
        if (inquiry.destroyed()) {
            return List.of();
        }
        return inquiries.sameRequester(inquiry.id(), inquiry.phone(), inquiry.email());
    }

    /** The documents the requester sent, without their bytes. */
    public List<InquiryFileRow> files(long id) {
        return files.of(id);
    }

    /**
     * A document's bytes, for a consultant who opens it: recorded in the access log like opening the request.
     *
     * @throws InquiryNotFoundException when the request has no such file (or its data was destroyed)
     */
    public InquiryFileContent openFile(long id, long fileId, StaffActor staff) {
        InquiryFileRow row = files.of(id).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new InquiryNotFoundException(id));
        byte[] content = files.content(id, fileId).orElseThrow(() -> new InquiryNotFoundException(id));
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.FILE, List.of(id), row.fileName());
        return new InquiryFileContent(id, row, content);
    }

    /** Who may be assigned a request: the enabled accounts of consultants and administrators, by username. */
    public List<StaffSummary> assignees() {
        return staff.list().stream()
                .filter(s -> s.enabled() && (s.hasRole(Role.CONSULTANT) || s.hasRole(Role.ADMIN)))
                .toList();
    }

    /** A new assignee is one of {@link #assignees()}; keeping the one it has is always allowed. */
    private void refuseUnknownAssignee(String next, String current) {
        if (next.isEmpty() || next.equals(current)) {
            return;
        }
        if (assignees().stream().noneMatch(s -> s.username().equals(next))) {
            throw new RuleViolationException(
                    List.of(new FieldError("assignee", Texts.say(InquiryDesk.class, "assignee.unknown", next))));
        }
    }

    /** The request's notes, oldest first (read with its details: no record of their own). */
    public List<InquiryNote> notes(long id) {
        return history.notes(id);
    }

    /** The changes of status and assignee, oldest first. */
    public List<InquiryEvent> events(long id) {
        return history.events(id);
    }

    /**
     * Destroys one request's personal data now, at the requester's demand (개인정보 파기 요청), with the reason in
     * the access log.
     *
     * @throws InquiryDestroyedException when it was destroyed before (nothing is recorded again)
     */
    public InquiryDetails destroy(long id, StaffActor staff, String reason) {
        Inquiry inquiry = find(id);
        if (inquiry.isDestroyed()) {
            throw new InquiryDestroyedException(id);
        }
        destruction.destroy(inquiry);
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.DESTROY, List.of(id), reason);
        return InquiryDetails.of(inquiry);
    }

    private Inquiry find(long id) {
        return inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id));
    }
}
