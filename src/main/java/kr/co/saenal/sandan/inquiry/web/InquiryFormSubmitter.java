package kr.co.saenal.sandan.inquiry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryOrigin;
import kr.co.saenal.sandan.inquiry.InquiryReceipt;
import kr.co.saenal.sandan.inquiry.InquiryRejectedException;
import kr.co.saenal.sandan.inquiry.SubmissionKeyReusedException;
import kr.co.saenal.sandan.inquiry.InquiryReception;
import kr.co.saenal.sandan.platform.FieldError;

/**
 * Sends a filled-in form to {@link InquiryReception} (a form sent twice is stored once): on success the visitor is redirected to the confirmation
 * page (so a reload cannot send it again); on failure each message appears next to its field.
 */
@ApplicationScoped
public class InquiryFormSubmitter {

    /** Flash attribute read by the confirmation page. */
    public static final String RECEIPT = "inquiryReceipt";

    @Inject
    InquiryReception reception;

    /**
     * @param formId the client id of the h:form; its inputs carry the request's field names as ids
     */
    public void submit(FacesContext faces, InquiryForm form, String formId, InquiryChannel channel, Long newsPostId) {
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            InquiryReceipt receipt = reception.receive(form.toRequest(),
                    new InquiryOrigin(channel, newsPostId, address, form.getSubmissionKey()), form.getShownNoticeVersion());
            external.getFlash().put(RECEIPT, receipt);
            external.redirect(external.getRequestContextPath() + "/consult/received");
        } catch (InquiryRejectedException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage(formId + ":" + error.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "입력하신 내용을 확인해 주세요. 표시된 항목을 고치면 바로 접수됩니다.", null));
            faces.validationFailed();
        } catch (SubmissionKeyReusedException e) {
            form.setSubmissionKey(null);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "이 신청서는 이미 다른 내용으로 접수되었습니다. 내용을 확인하고 다시 보내 주세요.", null));
            faces.validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
