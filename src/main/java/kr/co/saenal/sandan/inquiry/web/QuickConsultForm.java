package kr.co.saenal.sandan.inquiry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.site.web.SiteInfo;
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
    SiteInfo site;

    private final InquiryForm form = new InquiryForm();

    /** The form records which consent notice it showed; a postback brings the same number back. */
    @PostConstruct
    void showCurrentNotice() {
        form.setShownNoticeVersion(site.getConsentNotice().getVersion());
    }

    public void submit() {
        Long articleId = articlePage.getArticle() == null ? null : articlePage.getArticle().id();
        submitter.submit(FacesContext.getCurrentInstance(), form, "quick", InquiryChannel.ARTICLE_FORM, articleId);
    }

    public InquiryForm getForm() {
        return form;
    }
}
