package kr.co.saenal.sandan.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.platform.KoreanTime;

/** What an editor fills in for a post. The body is checked after sanitizing, by {@link Newsroom}. */
public class PostDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{sandan.news.title.required}")
    @Size(max = 200, message = "{sandan.news.title.size}")
    private String title;

    @Size(max = 80, message = "{sandan.news.slug.size}")
    private String slug;

    @NotBlank(message = "{sandan.news.summary.required}")
    @Size(max = 500, message = "{sandan.news.summary.size}")
    private String summary;

    private String body;

    @NotNull(message = "{sandan.news.categoryId.required}")
    private Long categoryId;

    @NotBlank(message = "{sandan.news.authorName.required}")
    @Size(max = 60, message = "{sandan.news.authorName.size}")
    private String authorName;

    private Long coverImageId;

    @Size(max = 300, message = "{sandan.news.coverCaption.size}")
    private String coverCaption;

    @NotNull(message = "{sandan.news.publication.required}")
    private PublicationState publication = PublicationState.DRAFT;

    /** Korean local time; only for {@link PublicationState#SCHEDULED}. */
    private LocalDateTime publishAt;

    /** The complexes the post is tagged with (ids of the directory), in the editor's order. */
    private List<Long> complexIds = new ArrayList<>();

    /** The post's version when the editor opened it, so that a colleague's later save is not overwritten. */
    private Long loadedVersion;

    /** Pinned to the head of its lists (공지). */
    private boolean pinned;

    /** The last day, in Korea, the pin lasts; {@code null} for no end. */
    private LocalDate pinnedUntil;

    public static PostDraft of(NewsPost post) {
        PostDraft draft = new PostDraft();
        draft.title = post.getTitle();
        draft.slug = post.getSlug();
        draft.summary = post.getSummary();
        draft.body = post.getBody();
        draft.categoryId = post.getCategory().getId();
        draft.authorName = post.getAuthorName();
        draft.coverImageId = post.getCoverImageId();
        draft.coverCaption = post.getCoverCaption();
        draft.loadedVersion = post.getVersion();
        draft.complexIds = new ArrayList<>(post.getComplexIds());
        // A pin that ran out is shown as none: saving the post then takes it off for good.
        draft.pinned = post.isPinned(Instant.now());
        draft.pinnedUntil = draft.pinned ? lastDayOf(post.getPinnedUntil()) : null;
        return draft;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public String getCoverCaption() {
        return coverCaption;
    }

    public void setCoverCaption(String coverCaption) {
        this.coverCaption = coverCaption;
    }

    public PublicationState getPublication() {
        return publication;
    }

    public void setPublication(PublicationState publication) {
        this.publication = publication;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public List<Long> getComplexIds() {
        return complexIds;
    }

    public void setComplexIds(List<Long> complexIds) {
        this.complexIds = complexIds == null ? new ArrayList<>() : new ArrayList<>(complexIds);
    }

    public Long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(Long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public LocalDate getPinnedUntil() {
        return pinnedUntil;
    }

    public void setPinnedUntil(LocalDate pinnedUntil) {
        this.pinnedUntil = pinnedUntil;
    }

    /** The moment a pin through {@code lastDay} ends: the start of the next day in Korea. */
    static Instant pinEnd(LocalDate lastDay) {
        return lastDay == null
                ? null
                : lastDay.plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant();
    }

    private static LocalDate lastDayOf(Instant end) {
        return end == null ? null : end.minusNanos(1).atZone(KoreanTime.ZONE).toLocalDate();
    }
}
