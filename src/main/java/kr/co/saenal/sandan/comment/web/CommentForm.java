package kr.co.saenal.sandan.comment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import kr.co.saenal.sandan.comment.CommentDesk;
import kr.co.saenal.sandan.comment.CommentOutcome;
import kr.co.saenal.sandan.comment.CommentSubmission;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.web.ArticlePage;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.web.PerAnswer;

/**
 * The comment form under an article. Stateless like the article page: it posts back to the article's address and,
 * once taken, redirects there with {@code ?comment=received} (or {@code published}) so that a reload cannot send
 * it twice. Refusals appear next to the fields, or at the top of the form.
 */
@Named
@RequestScoped
public class CommentForm {

    /** The h:form's id; inputs are named like the fields of {@link CommentSubmission}. */
    static final String FORM = "comment";

    public static final String RECEIVED = "received";
    public static final String PUBLISHED = "published";

    @Inject
    ArticlePage articlePage;

    @Inject
    CommentDesk desk;

    @Inject
    FacesContext faces;

    private String name;
    private String text;
    private String website;
    private String stamp;

    public void submit() {
        NewsArticle article = articlePage.getArticle();
        if (article == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            CommentOutcome outcome =
                    desk.submit(article.id(), new CommentSubmission(name, text, website, stamp), address);
            external.redirect(external.getRequestContextPath() + article.getPath() + "?comment="
                    + (outcome == CommentOutcome.PUBLISHED ? PUBLISHED : RECEIVED) + "#comments");
        } catch (RuleViolationException refused) {
            for (FieldError error : refused.errors()) {
                String clientId = error.field() == null ? FORM : FORM + ":" + error.field();
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            faces.validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The honeypot: hidden from people, so anything in it was typed by a bot. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The signed time the form was served; a new one for every answer, also from the page cache. */
    public String getStamp() {
        if (stamp == null && articlePage.getArticle() != null) {
            long id = articlePage.getArticle().id();
            stamp = desk.stampFor(id);
            CommentDesk issuer = desk;
            PerAnswer.mark((ServletRequest) faces.getExternalContext().getRequest(), stamp, () -> issuer.stampFor(id));
        }
        return stamp;
    }

    public void setStamp(String stamp) {
        this.stamp = stamp;
    }
}
