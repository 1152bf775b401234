package kr.co.saenal.sandan.inquiry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
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

    @Inject
    ComplexDirectory complexes;

    private final InquiryForm form = new InquiryForm();

    private transient List<Part> files;

    /** {@code ?complex=812}: as sent, read once when the page opens. */
    private String complexParameter;

    /** The complex the visitor asks about, shown above the form; {@code null} for none. */
    private ComplexPick complex;

    /**
     * View action: {@code /consult?complex=812} fills in the complex (the button on a complex's page). Anything but
     * the number of an existing complex is ignored: the form opens as usual.
     */
    public void openAbout() {
        if (FacesContext.getCurrentInstance().isPostback() || complexParameter == null) {
            return;
        }
        String digits = complexParameter.strip();
        if (!digits.matches("[1-9][0-9]{0,17}")) {
            return;
        }
        complexes.pick(Long.parseLong(digits)).ifPresent(this::about);
    }

    private void about(ComplexPick pick) {
        complex = pick;
        form.setComplexId(pick.id());
    }

    public String getComplexParameter() {
        return complexParameter;
    }

    public void setComplexParameter(String complexParameter) {
        this.complexParameter = complexParameter;
    }

    public ComplexPick getComplex() {
        return complex;
    }

    /** The form records which consent notice it showed; a postback brings the same number back. */
    @PostConstruct
    void showCurrentNotice() {
        form.setShownNoticeVersion(consentNotice.getVersion());
        form.setStamp(guard.stampFor(InquiryGuard.CONSULT_PAGE));
    }

    public void submit() {
        submitter.submit(
                FacesContext.getCurrentInstance(),
                form,
                "consult",
                InquiryChannel.CONSULT_PAGE,
                null,
                UploadedFiles.read(files));
        files = null;
    }

    /** The documents chosen in the form, as the Servlet API parsed them; only for this request. */
    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
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
