package kr.co.saenal.sandan.inquiry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuard;

/** /consult: the full 1:1 전문가 무료상담신청 form. */
@Named
@ViewScoped
public class ConsultPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryFormSubmitter submitter;

    @Inject
    CurrentConsentNotice consentNotice;

    @Inject
    InquiryGuard guard;

    private final InquiryForm form = new InquiryForm();

    /** The form records which consent notice it showed; a postback brings the same number back. */
    @PostConstruct
    void showCurrentNotice() {
        form.setShownNoticeVersion(consentNotice.getVersion());
        form.setStamp(guard.stampFor(InquiryGuard.CONSULT_PAGE));
    }

    public void submit() {
        submitter.submit(FacesContext.getCurrentInstance(), form, "consult", InquiryChannel.CONSULT_PAGE, null);
    }

    public InquiryForm getForm() {
        return form;
    }

    public InquiryTopic[] getTopics() {
        return InquiryTopic.values();
    }

    public ContactTime[] getContactTimes() {
        return ContactTime.values();
    }
}
