package kr.co.saenal.sandan.inquiry.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuard;
import kr.co.saenal.sandan.news.web.ArticlePage;
import kr.co.saenal.sandan.platform.RandomTokens;
import kr.co.saenal.sandan.platform.web.PerAnswer;

/**
 * The short consultation form in the CS Center block under each article. Stateless, like the article page; its stamp
 * and submission key are made afresh for every reader of a kept page ({@link PerAnswer}).
 */
@Named
@RequestScoped
public class QuickConsultForm {

    @Inject
    InquiryFormSubmitter submitter;

    @Inject
    ArticlePage articlePage;

    @Inject
    CurrentConsentNotice consentNotice;

    @Inject
    InquiryGuard guard;

    private final InquiryForm form = new InquiryForm();

    /** The form records which consent notice it showed; a postback brings the same number back. */
    @PostConstruct
    void showCurrentNotice() {
        form.setShownNoticeVersion(consentNotice.getVersion());
    }

    public void submit() {
        Long articleId = articlePage.getArticle() == null
                ? null
                : articlePage.getArticle().id();
        submitter.submit(FacesContext.getCurrentInstance(), form, "quick", InquiryChannel.ARTICLE_FORM, articleId);
    }

    public InquiryForm getForm() {
        return form;
    }

    /** Issued when the form is first rendered (the article is known by then); a postback brings its own back. */
    public String getStamp() {
        if (form.getStamp() == null && articlePage.getArticle() != null) {
            long id = articlePage.getArticle().id();
            form.setStamp(guard.stampFor(id));
            InquiryGuard issuer = guard;
            PerAnswer.mark(request(), form.getStamp(), () -> issuer.stampFor(id));
        }
        return form.getStamp();
    }

    /**
     * The form's submission key: one per answer, also when the page is served from the page cache, so that two
     * readers' requests are never taken for one sent twice.
     */
    public String getSubmissionKey() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            PerAnswer.mark(
                    request(),
                    form.getSubmissionKey(),
                    () -> RandomTokens.uuid().toString());
        }
        return form.getSubmissionKey();
    }

    public void setSubmissionKey(String submissionKey) {
        form.setSubmissionKey(submissionKey);
    }

    private static ServletRequest request() {
        return (ServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public void setStamp(String stamp) {
        form.setStamp(stamp);
    }
}
