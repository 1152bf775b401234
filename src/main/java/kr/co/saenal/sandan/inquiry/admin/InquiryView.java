package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.inquiry.InquiryChange;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryDestroyedException;
import kr.co.saenal.sandan.inquiry.InquiryDetails;
import kr.co.saenal.sandan.inquiry.InquiryNotFoundException;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.NoteNotYoursException;
import kr.co.saenal.sandan.inquiry.StatusChangeNotAllowedException;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.inquiry.timeline.InquiryTimeline;
import kr.co.saenal.sandan.inquiry.timeline.TimelineEntry;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.StaffSummary;

/** /admin/inquiry?id=N: one request in full (the opening is recorded), and the consultant's changes. */
@Named
@ViewScoped
public class InquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    InquiryDesk desk;

    @Inject
    ComplexDirectory complexes;

    @Inject
    InquiryTimeline timelines;

    private Long id;
    private InquiryDetails details;
    private transient List<kr.co.saenal.sandan.inquiry.InquiryFileRow> files;
    private List<MailDelivery> mails = List.of();
    private String destroyReason;
    private InquiryStatus status;
    private String assignee;
    /** A new note, added when the form is saved. */
    private String note;

    private List<TimelineEntry> timeline = List.of();
    /** The note being edited (its author only), and its text in the form. */
    private Long editing;

    private String editedText;

    private transient List<SelectItem> assignees;

    /** The requester's other requests (same phone or e-mail), masked. */
    private List<InquiryRow> earlier = List.of();
    /** The public page of the complex the request is about, while the complex exists; else {@code null}. */
    private String complexPath;

    /** View action on the first request only: one access record per opening, not per button press. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(id == null ? null : desk.open(id, StaffActors.current(faces)));
        } catch (InquiryNotFoundException e) {
            show(null);
        }
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            // the form always sends status and assignee (an emptied assignee clears it); a blank note adds none
            InquiryChange change = new InquiryChange(
                    Optional.ofNullable(status),
                    Optional.of(assignee == null ? "" : assignee),
                    Optional.ofNullable(note));
            show(desk.change(id, change, StaffActors.current(faces)));
            note = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, say("admin.inquiryView.saved"), null));
        } catch (StatusChangeNotAllowedException e) {
            faces.addMessage("inquiry:status", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        } catch (RuleViolationException e) {
            FieldMessages.show(faces, "inquiry", e);
        } catch (InquiryDestroyedException e) {
            // destroyed while this form was open: show what is left of it, no longer what was loaded before
            show(desk.open(id, StaffActors.current(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        }
    }

    /** Opens a note of one's own for editing. */
    public void edit(TimelineEntry entry) {
        editing = entry.noteId();
        editedText = entry.body();
    }

    public void cancelEdit() {
        editing = null;
        editedText = null;
    }

    /** Saves the edited note; its earlier text stays for administrators. */
    public void saveEdit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (editing == null) {
            return;
        }
        if (editedText == null || editedText.isBlank()) {
            faces.addMessage(
                    "timeline:editedText",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, say("admin.inquiryView.emptyNote"), null));
            faces.validationFailed();
            return;
        }
        try {
            show(desk.editNote(id, editing, editedText, StaffActors.current(faces)));
            cancelEdit();
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, say("admin.inquiryView.noteEdited"), null));
        } catch (NoteNotYoursException | InquiryDestroyedException e) {
            cancelEdit();
            show(desk.open(id, StaffActors.current(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        }
    }

    /** Whether the reader may edit this line: a note of their own, on a request not destroyed. */
    public boolean editable(TimelineEntry entry) {
        return entry.noteId() != null
                && !details.destroyed()
                && entry.actor() != null
                && entry.actor()
                        .equals(FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRemoteUser());
    }

    public String at(TimelineEntry entry) {
        return KoreanTime.dateTime(entry.at());
    }

    public String at(TimelineEntry.EarlierText earlier) {
        return KoreanTime.dateTime(earlier.replacedAt());
    }

    /** ADMIN only (checked here and by the page): the requester asked for their data to be destroyed. */
    public void destroy() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("ADMIN")) {
            throw new jakarta.faces.FacesException("Only administrators destroy personal data");
        }
        if (destroyReason == null || destroyReason.strip().length() < 5) {
            faces.addMessage(
                    "destroy:reason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, say("admin.inquiryView.destroyReason"), null));
            faces.validationFailed();
            return;
        }
        try {
            show(desk.destroy(id, StaffActors.current(faces), destroyReason.strip()));
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, say("admin.inquiryView.destroyed"), null));
        } catch (InquiryDestroyedException e) {
            show(desk.open(id, StaffActors.current(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
        }
        destroyReason = null;
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(InquiryView.class, key, arguments);
    }

    public String getDestroyReason() {
        return destroyReason;
    }

    public void setDestroyReason(String destroyReason) {
        this.destroyReason = destroyReason;
    }

    private void show(InquiryDetails shown) {
        details = shown;
        assignees = null;
        earlier = shown == null ? List.of() : desk.sameRequester(shown);
        if (shown != null) {
            mails = outbox.about(shown.id());
            status = shown.status();
            assignee = shown.assignee();
            timeline = timelines.of(
                    shown,
                    mails,
                    FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN"));
            complexPath = shown.complexId() == null
                    ? null
                    : complexes.pick(shown.complexId()).map(ComplexPick::path).orElse(null);
        }
    }

    public String getComplexPath() {
        return complexPath;
    }

    /**
     * Whom the request may be given: the enabled consultants and administrators, and the one it has now (also when
     * that account was disabled since), as "표시 이름 (username)".
     */
    public List<SelectItem> getAssignees() {
        if (assignees == null) {
            assignees = new ArrayList<>();
            List<StaffSummary> staff = desk.assignees();
            String current = details == null ? null : details.assignee();
            if (current != null && staff.stream().noneMatch(s -> s.username().equals(current))) {
                assignees.add(new SelectItem(current, say("admin.inquiryView.formerAssignee", current)));
            }
            staff.forEach(
                    s -> assignees.add(new SelectItem(s.username(), s.displayName() + " (" + s.username() + ")")));
        }
        return assignees;
    }

    /** The statuses the workflow allows from the current one (including staying). */
    public List<InquiryStatus> getNextStatuses() {
        return Arrays.stream(InquiryStatus.values())
                .filter(s -> details.status().canMoveTo(s))
                .toList();
    }

    /** When the first response is due, or empty once the request is taken up. */
    public String getRespondBy() {
        return details.status() != kr.co.saenal.sandan.inquiry.InquiryStatus.RECEIVED || details.respondBy() == null
                ? ""
                : KoreanTime.dateTime(details.respondBy());
    }

    public boolean isOverdue() {
        return details.overdueAt(clock.instant());
    }

    /** The documents the requester sent (only their names and sizes: opening one is recorded). */
    public List<kr.co.saenal.sandan.inquiry.InquiryFileRow> getFiles() {
        if (files == null) {
            files = details == null ? List.of() : desk.files(details.id());
        }
        return files;
    }

    public String getReceivedAt() {
        return KoreanTime.dateTime(details.receivedAt());
    }

    public String getDestroyedAt() {
        return KoreanTime.dateTime(details.destroyedAt());
    }

    public String getConsentAgreedAt() {
        return KoreanTime.dateTime(details.consentAgreedAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The acknowledgement and the staff notice: sent, waiting for a retry, or given up. */
    public List<MailDelivery> getMails() {
        return mails;
    }

    public InquiryDetails getDetails() {
        return details;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<InquiryRow> getEarlier() {
        return earlier;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }
}
