package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostNotFoundException;
import kr.co.saenal.sandan.news.PostRevisionRow;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/** /admin/news/history?id=N: every saved change of a post, and bringing an earlier one back. */
@Named
@ViewScoped
public class PostHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsroom newsroom;

    private Long id;
    private List<PostRevisionRow> revisions;
    private boolean exists;

    public void load() throws IOException {
        revisions = id == null ? List.of() : newsroom.history(id);
        exists = id != null && newsroom.find(id).isPresent();
        if (revisions.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void restore(long revision) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            newsroom.restore(id, revision);
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), text("restored", revision));
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/admin/news/history?id=" + id);
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), "history", e);
        } catch (PostNotFoundException e) {
            FieldMessages.done(FacesContext.getCurrentInstance(), text("postDeleted"));
        }
    }

    public String getTitle() {
        return revisions.get(0).title() == null
                ? text("deletedTitle")
                : revisions.get(0).title();
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(PostHistory.class, "admin.postHistory." + key, arguments);
    }

    public String publishedAtText(PostRevisionRow row) {
        return row.publishedAt() == null ? "" : KoreanTime.dateTime(row.publishedAt());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<PostRevisionRow> getRevisions() {
        return revisions;
    }

    public boolean isExists() {
        return exists;
    }
}
