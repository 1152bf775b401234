package kr.co.saenal.sandan.inquiry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryMeters;
import kr.co.saenal.sandan.inquiry.InquiryOrigin;
import kr.co.saenal.sandan.inquiry.InquiryReceipt;
import kr.co.saenal.sandan.inquiry.InquiryReception;
import kr.co.saenal.sandan.inquiry.InquiryRejectedException;
import kr.co.saenal.sandan.inquiry.RequesterFile;
import kr.co.saenal.sandan.inquiry.SubmissionKeyReusedException;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuard;
import kr.co.saenal.sandan.inquiry.guard.SuspectedBotException;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.guard.TooManyRequestsException;
import kr.co.saenal.sandan.site.SiteSettingsService;

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

    @Inject
    InquiryMeters meters;

    /**
     * @param formId the client id of the h:form; its inputs carry the request's field names as ids
     * @param newsPostId the article under which the form was sent, or {@code null} for the /consult page
     */
    public void submit(FacesContext faces, InquiryForm form, String formId, InquiryChannel channel, Long newsPostId) {
        submit(faces, form, formId, channel, newsPostId, List.of());
    }

    /** The same, with the documents chosen in the form (the consultation page's). */
    public void submit(
            FacesContext faces,
            InquiryForm form,
            String formId,
            InquiryChannel channel,
            Long newsPostId,
            List<RequesterFile> files) {
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        long formSubject = newsPostId == null ? InquiryGuard.CONSULT_PAGE : newsPostId;
        try {
            guard.admit(address);
            guard.checkForm(formSubject, form.getStamp(), form.getWebsite());
            InquiryReceipt receipt = reception.receive(
                    form.toRequest(),
                    new InquiryOrigin(channel, newsPostId, address, form.getSubmissionKey()),
                    form.getShownNoticeVersion(),
                    files);
            external.getFlash().put(RECEIPT, receipt);
            external.redirect(external.getRequestContextPath() + "/consult/received");
        } catch (InquiryRejectedException e) {
            meters.refused(channel, e);
            for (FieldError error : e.errors()) {
                faces.addMessage(
                        formId + ":" + error.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
            }
            refuse(faces, text(faces, "form.refused.check"));
            if (!files.isEmpty()) {
                faces.addMessage(
                        formId + ":files",
                        new FacesMessage(FacesMessage.SEVERITY_WARN, text(faces, "consult.filesAgain"), null));
            }
        } catch (SubmissionKeyReusedException e) {
            meters.refused(channel, e);
            form.setSubmissionKey(null);
            refuse(faces, text(faces, "form.refused.keyReused"));
        } catch (SuspectedBotException e) {
            meters.refused(channel, e);
            form.setWebsite(null);
            if (e.reason() == SuspectedBotException.Reason.STALE_FORM) {
                form.setStamp(guard.stampFor(formSubject));
            }
            refuse(faces, text(faces, "form.refused." + e.reason().name()));
        } catch (TooManyRequestsException e) {
            meters.refused(channel, e);
            long seconds = e.retryAfterSeconds();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(seconds));
            String wait = e.retryAfterText();
            String phone = siteSettings.current().phone();
            refuse(
                    faces,
                    MessageFormat.format(
                            text(faces, phone.isBlank() ? "form.refused.tooMany" : "form.refused.tooManyCall"),
                            wait,
                            phone));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's own language (Chrome_ko/en.properties, {@code #{i18n}}). */
    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "i18n").getString(key);
    }

    private static void refuse(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
