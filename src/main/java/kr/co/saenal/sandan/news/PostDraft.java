package kr.co.saenal.sandan.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** What an editor fills in for a post. The body is checked after sanitizing, by {@link Newsroom}. */
public class PostDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "제목을 입력해 주세요.")
    @Size(max = 200, message = "제목은 200자 이내로 입력해 주세요.")
    private String title;

    @Size(max = 80, message = "주소는 80자 이내로 입력해 주세요.")
    private String slug;

    @NotBlank(message = "요약을 입력해 주세요. 목록과 검색 결과에 보입니다.")
    @Size(max = 500, message = "요약은 500자 이내로 입력해 주세요.")
    private String summary;

    private String body;

    @NotNull(message = "분류를 골라 주세요.")
    private Long categoryId;

    @NotBlank(message = "작성자 표시를 입력해 주세요.")
    @Size(max = 60, message = "작성자 표시는 60자 이내로 입력해 주세요.")
    private String authorName;

    private Long coverImageId;

    @Size(max = 300, message = "사진 설명은 300자 이내로 입력해 주세요.")
    private String coverCaption;

    @NotNull(message = "공개 방법을 골라 주세요.")
    private PublicationState publication = PublicationState.DRAFT;

    /** Korean local time; only for {@link PublicationState#SCHEDULED}. */
    private LocalDateTime publishAt;

    /** The post's version when the editor opened it, so that a colleague's later save is not overwritten. */
    private Long loadedVersion;

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

    public Long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(Long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }
}
