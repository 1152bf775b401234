package kr.co.saenal.sandan.news.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.Newsroom;

/** /admin/news/preview?id=N[&amp;rev=R]: a post (or one of its revisions) laid out exactly as readers would see it. */
@Named
@RequestScoped
public class PostPreview {

    @Inject
    Newsroom newsroom;

    private Long id;
    private Long rev;
    private NewsArticle article;

    public void load() throws IOException {
        Optional<NewsArticle> found =
                id == null ? Optional.empty() : rev == null ? newsroom.preview(id) : newsroom.revision(id, rev);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        article = found.get();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRev() {
        return rev;
    }

    public void setRev(Long rev) {
        this.rev = rev;
    }

    public NewsArticle getArticle() {
        return article;
    }
}
