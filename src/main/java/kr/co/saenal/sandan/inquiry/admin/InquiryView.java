package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
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
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.StatusChangeNotAllowedException;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;

/** /admin/inquiry?id=N: one request in full (the opening is recorded), and the consultant's changes. */
@Named
@ViewScoped
public class InquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    InquiryDesk desk;

    @Inject
    ComplexDirectory complexes;

    private Long id;
    private InquiryDetails details;
    private List<MailDelivery> mails = List.of();
    private String destroyReason;
    private InquiryStatus status;
    private String assignee;
    private String memo;
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
            // the form always sends all three fields; an emptied field clears the value
            InquiryChange change = new InquiryChange(
                    Optional.ofNullable(status),
                    Optional.of(assignee == null ? "" : assignee),
                    Optional.of(memo == null ? "" : memo));
            show(desk.change(id, change, StaffActors.current(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, say("admin.inquiryView.saved"), null));
        } catch (StatusChangeNotAllowedException e) {
            faces.addMessage("inquiry:status", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        } catch (InquiryDestroyedException e) {
            // destroyed while this form was open: show what is left of it, no longer what was loaded before
            show(desk.open(id, StaffActors.current(faces)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        }
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

    private static String say(String key) {
        return Texts.say(InquiryView.class, key);
    }

    public String getDestroyReason() {
        return destroyReason;
    }

    public void setDestroyReason(String destroyReason) {
        this.destroyReason = destroyReason;
    }

    private void show(InquiryDetails shown) {
        details = shown;
        if (shown != null) {
            mails = outbox.about(shown.id());
            status = shown.status();
            assignee = shown.assignee();
            memo = shown.memo();
            complexPath = shown.complexId() == null
                    ? null
                    : complexes.pick(shown.complexId()).map(ComplexPick::path).orElse(null);
        }
    }

    public String getComplexPath() {
        return complexPath;
    }

    /** The statuses the workflow allows from the current one (including staying). */
    public List<InquiryStatus> getNextStatuses() {
        return Arrays.stream(InquiryStatus.values())
                .filter(s -> details.status().canMoveTo(s))
                .toList();
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

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }
}
