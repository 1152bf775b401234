package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.ImagePage;
import kr.co.saenal.sandan.media.ImageRejectedException;
import kr.co.saenal.sandan.media.LibraryImage;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PostNotFoundException;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.site.SiteSettingsService;
import org.primefaces.model.file.UploadedFile;

/** /admin/news/edit (new post) and /admin/news/edit?id=N: write, publish now or later, withdraw, delete. */
@Named
@ViewScoped
public class PostEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "post";
    /** The image library's field names, as the editor's inputs are called. */
    private static final Map<String, String> COVER_FIELDS =
            Map.of("file", "coverFile", "altText", "coverAlt", "caption", "coverCaption");

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categoryDesk;

    @Inject
    SiteSettingsService siteSettings;

    @Inject
    ImageLibrary images;

    @Inject
    Clock clock;

    @Inject
    ComplexDirectory complexDirectory;

    /** The 첨부파일 box: its chosen files are checked before the post is saved and stored with it. */
    @Inject
    PostAttachmentsBox attachmentsBox;

    /** How many complexes the picker offers for what the editor typed. */
    static final int COMPLEX_SUGGESTIONS = 15;

    private Long id;
    private transient boolean withdrawing;
    private PostDraft draft;
    private PublicationState currentState;
    private String path;
    private List<CategoryRow> categories;
    /** The page of the image library the photo picker shows (from 1). */
    private int pickerPage = 1;

    private ImagePage picker;
    private transient UploadedFile coverFile;
    private String coverAlt;
    /** The complexes the post is tagged with, as the picker shows them. */
    private List<ComplexPick> complexes = new ArrayList<>();

    /** View action on the first request: an unknown id is a 404, no id starts a new draft. */
    public void load() throws IOException {
        if (id == null) {
            draft = new PostDraft();
            draft.setAuthorName(text("defaultAuthor", siteSettings.current().companyName()));
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
        complexes = new ArrayList<>(complexDirectory.picks(draft.getComplexIds()));
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
            draft.setComplexIds(complexes.stream()
                    .filter(java.util.Objects::nonNull)
                    .map(ComplexPick::id)
                    .distinct()
                    .toList());
            storeNewCover(faces.getExternalContext().getUserPrincipal().getName());
            String editorName = faces.getExternalContext().getUserPrincipal().getName();
            long saved = attachmentsBox.saving(editorName, () -> newsroom.save(id, draft, editorName));
            FieldMessages.doneAfterRedirect(
                    FacesContext.getCurrentInstance(),
                    switch (draft.getPublication()) {
                        case DRAFT -> withdrawing ? text("withdrawn") : text("savedDraft");
                        case PUBLISHED -> text("savedPublished");
                        case SCHEDULED ->
                            text(
                                    "savedScheduled",
                                    KoreanTime.dateTime(draft.getPublishAt()
                                            .atZone(KoreanTime.ZONE)
                                            .toInstant()));
                    });
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/admin/news/edit?id=" + saved);
        } catch (RuleViolationException e) {
            if (withdrawing) {
                draft.setPublication(currentState); // nothing was stored: the post is still as it was
            }
            FieldMessages.show(FacesContext.getCurrentInstance(), FORM, e);
        } catch (PostNotFoundException e) {
            FieldMessages.done(FacesContext.getCurrentInstance(), text("deletedMeanwhile"));
        }
    }

    /**
     * A photo chosen in the editor goes into the image library first and becomes the cover; if the post is then
     * refused, the photo stays chosen (and in the library), so the editor does not have to pick it again.
     */
    private void storeNewCover(String editor) throws IOException {
        if (coverFile == null || coverFile.getSize() == 0) {
            return;
        }
        try (InputStream content = coverFile.getInputStream()) {
            LibraryImage image =
                    images.upload(coverFile.getFileName(), content, coverAlt, draft.getCoverCaption(), editor);
            draft.setCoverImageId(image.id());
            picker = null;
            coverAlt = null;
        } catch (ImageRejectedException e) {
            throw new RuleViolationException(e.errors().stream()
                    .map(error ->
                            new FieldError(COVER_FIELDS.getOrDefault(error.field(), "coverFile"), error.message()))
                    .toList());
        } finally {
            coverFile = null;
        }
    }

    /**
     * Takes a published post off the site (back to a draft), saving what was changed with it: the explicit action
     * beside "save", which never withdraws a published post by itself.
     */
    public void withdraw() throws IOException {
        draft.setPublication(PublicationState.DRAFT);
        withdrawing = true;
        save();
        withdrawing = false;
    }

    public void delete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            newsroom.delete(id);
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), text("deleted", draft.getTitle()));
        } catch (PostNotFoundException e) {
            FieldMessages.doneAfterRedirect(FacesContext.getCurrentInstance(), text("alreadyDeleted"));
        }
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/news/");
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(PostEditor.class, "admin.postEditor." + key, arguments);
    }

    /** The picker's suggestions: complexes whose name or 시군 contains what the editor typed. */
    public List<ComplexPick> completeComplexes(String typed) {
        return complexDirectory.find(typed, COMPLEX_SUGGESTIONS);
    }

    public List<ComplexPick> getComplexes() {
        return complexes;
    }

    public void setComplexes(List<ComplexPick> complexes) {
        this.complexes = complexes == null ? new ArrayList<>() : new ArrayList<>(complexes);
    }

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            categories = categoryDesk.list();
        }
        return categories;
    }

    /** The library as the photo picker shows it (for the body and the cover): a page of thumbnails, newest first. */
    public ImagePage getPicker() {
        if (picker == null) {
            picker = images.latest(pickerPage);
            pickerPage = picker.page();
        }
        return picker;
    }

    /** The picker's previous ({@code -1}) or next ({@code 1}) page. */
    public void turnPicker(int step) {
        pickerPage = Math.max(1, getPicker().page() + Integer.signum(step));
        picker = null;
    }

    public UploadedFile getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(UploadedFile coverFile) {
        this.coverFile = coverFile;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
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
