package kr.co.saenal.sandan.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PostNotFoundException;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.site.SiteSettingsService;

/** /admin/news/edit (new post) and /admin/news/edit?id=N: write, publish now or later, withdraw, delete. */
@Named
@ViewScoped
public class PostEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "post";

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categoryDesk;

    @Inject
    SiteSettingsService siteSettings;

    @Inject
    Clock clock;

    private Long id;
    private PostDraft draft;
    private PublicationState currentState;
    private String path;
    private List<CategoryRow> categories;

    /** View action on the first request: an unknown id is a 404, no id starts a new draft. */
    public void load() throws IOException {
        if (id == null) {
            draft = new PostDraft();
            draft.setAuthorName(siteSettings.current().companyName() + " 편집팀");
            return;
        }
        NewsPost post = newsroom.find(id).orElse(null);
        if (post == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        draft = PostDraft.of(post);
        currentState = post.state(clock.instant());
        draft.setPublication(currentState);
        if (currentState == PublicationState.SCHEDULED) {
            draft.setPublishAt(post.getPublishedAt().atZone(KoreanTime.ZONE).toLocalDateTime());
        }
        path = post.getPublishedAt() == null ? null : ArticlePaths.of(post.getId(), post.getSlug());
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long saved = newsroom.save(id, draft, faces.getExternalContext().getUserPrincipal().getName());
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), switch (draft.getPublication()) {
                case DRAFT -> "임시저장했습니다. 아직 공개되지 않았습니다.";
                case PUBLISHED -> "저장했습니다. 사이트에 공개되어 있습니다.";
                case SCHEDULED -> "저장했습니다. " + KoreanTime.dateTime(draft.getPublishAt().atZone(KoreanTime.ZONE).toInstant())
                        + "에 자동으로 공개됩니다.";
            });
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/news/edit?id=" + saved);
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), FORM, e);
        } catch (PostNotFoundException e) {
            FieldMessages.done(FacesContext.getCurrentInstance(), "이 글은 그사이 삭제되었습니다.");
        }
    }

    public void delete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            newsroom.delete(id);
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), "‘" + draft.getTitle() + "’ 글을 삭제했습니다. 이력에서 내용을 확인할 수 있습니다.");
        } catch (PostNotFoundException e) {
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), "이미 삭제된 글입니다.");
        }
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/news/");
    }

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            categories = categoryDesk.list();
        }
        return categories;
    }

    public PublicationState[] getPublications() {
        return PublicationState.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PostDraft getDraft() {
        return draft;
    }

    public PublicationState getCurrentState() {
        return currentState;
    }

    /** The public address, once the post has been published at least once. */
    public String getPath() {
        return path;
    }
}
