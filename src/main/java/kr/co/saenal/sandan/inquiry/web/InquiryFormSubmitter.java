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
import kr.co.saenal.sandan.inquiry.InquiryGuard;
import kr.co.saenal.sandan.inquiry.SuspectedBotException;
import kr.co.saenal.sandan.platform.TooManyRequestsException;
import kr.co.saenal.sandan.site.SiteSettingsService;
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

    @Inject
    InquiryGuard guard;

    @Inject
    SiteSettingsService siteSettings;

    /**
     * @param formId the client id of the h:form; its inputs carry the request's field names as ids
     * @param newsPostId the article under which the form was sent, or {@code null} for the /consult page
     */
    public void submit(FacesContext faces, InquiryForm form, String formId, InquiryChannel channel, Long newsPostId) {
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            guard.admit(address);
            guard.checkForm(newsPostId == null ? InquiryGuard.CONSULT_PAGE : newsPostId, form.getStamp(), form.getWebsite());
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
            refuse(faces, "이 신청서는 이미 다른 내용으로 접수되었습니다. 내용을 확인하고 다시 보내 주세요.");
        } catch (SuspectedBotException e) {
            form.setWebsite(null);
            if (e.reason() == SuspectedBotException.Reason.STALE_FORM) {
                form.setStamp(guard.stampFor(newsPostId == null ? InquiryGuard.CONSULT_PAGE : newsPostId));
            }
            refuse(faces, e.koreanMessage());
        } catch (TooManyRequestsException e) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            String phone = siteSettings.current().phone();
            refuse(faces, "짧은 시간에 신청이 너무 많이 들어왔습니다. " + e.retryAfterKorean() + " 뒤에 다시 보내 주세요"
                    + (phone.isBlank() ? "" : " (급하시면 " + phone + "로 전화해 주세요)") + ". 입력하신 내용은 그대로 있습니다.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuse(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
