package kr.co.saenal.sandan.inquiry.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuard;
import kr.co.saenal.sandan.news.web.ArticlePage;

/** The short consultation form in the CS Center block under each article. Stateless, like the article page. */
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
            form.setStamp(guard.stampFor(articlePage.getArticle().id()));
        }
        return form.getStamp();
    }

    public void setStamp(String stamp) {
        form.setStamp(stamp);
    }
}
