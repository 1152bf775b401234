package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.media.StoredImage;

/** A news article. Its body is HTML that has been made safe before it reaches the entity. */
@Entity
public class NewsPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(nullable = false, length = 200_000)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_image_id")
    private StoredImage coverImage;

    @Column(name = "cover_caption", length = 300)
    private String coverCaption;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "author_name", nullable = false, length = 60)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NewsPost() {
    }

    /** A new draft; {@link #publish(Instant)} makes it public. */
    public NewsPost(String title, String summary, String body, Category category, String authorName, Instant now) {
        this.title = requireText(title, "title");
        this.slug = Slugs.fromTitle(title);
        this.summary = requireText(summary, "summary");
        this.body = requireText(body, "body");
        this.category = Objects.requireNonNull(category, "category");
        this.authorName = requireText(authorName, "authorName");
        this.status = PostStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    public void publish(Instant at) {
        this.status = PostStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
    }

    public void setCover(StoredImage image, String caption) {
        this.coverImage = image;
        this.coverCaption = caption;
    }

    public boolean isPublic(Instant now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Category getCategory() {
        return category;
    }

    public StoredImage getCoverImage() {
        return coverImage;
    }

    public String getCoverCaption() {
        return coverCaption;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public String getAuthorName() {
        return authorName;
    }
}
