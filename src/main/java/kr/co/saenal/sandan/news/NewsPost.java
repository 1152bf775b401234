package kr.co.saenal.sandan.news;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kr.co.saenal.sandan.media.StoredImage;
import kr.co.saenal.sandan.platform.PublicContentListener;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A news article. Its body is HTML that has been made safe ({@link ArticleHtml}) before it reaches the entity.
 * Every change is kept as a revision (Envers, {@link ContentRevision}). How often it was read is not part of the
 * post ({@link PostViews}), so that counting readings leaves it in the second-level cache.
 * Published posts are in the full-text index (mapped by {@code news.search.NewsPostMapping}): title, summary and
 * body text, each analysed as Korean morphemes and as bigrams.
 */
@Entity
@Cacheable
@EntityListeners(PublicContentListener.class)
@Audited
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
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Category category;

    /** The library picture shown above the article (media's {@code StoredImage}), by id: the post owns no image. */
    @Column(name = "cover_image_id")
    private Long coverImageId;

    /** The same picture for queries that read its alt text in one statement; never written through. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_image_id", insertable = false, updatable = false)
    @NotAudited
    private StoredImage coverImage;

    @Column(name = "cover_caption", length = 300)
    private String coverCaption;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "author_name", nullable = false, length = 60)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /**
     * The complexes of the directory the post is about, tagged by an editor (ids only: the directory is another
     * feature). Part of the post's revisions, as its other fields.
     */
    @ElementCollection
    @CollectionTable(name = "news_post_complex", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "complex_id", nullable = false)
    private Set<Long> complexIds = new HashSet<>();

    /**
     * The files attached to the post ({@link PostAttachments} changes them), read here only by the search index,
     * which indexes their text with the post. Not part of the revisions: each change of them is one, through
     * {@link #filesChanged}.
     */
    @OneToMany(mappedBy = "post")
    @OrderBy("position")
    @NotAudited
    private List<PostAttachment> attachments = new ArrayList<>();
    /** When an editor pinned the post to the head of its lists (공지); {@code null} when it is not pinned. */
    @Column(name = "pinned_at")
    private Instant pinnedAt;

    /** When the pin ends by itself; {@code null} for a pin that stays until an editor takes it off. */
    @Column(name = "pinned_until")
    private Instant pinnedUntil;

    protected NewsPost() {}

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

    /** Public from {@code at} on: now, a moment in the past, or a future time (a scheduled post). */
    public void publish(Instant at) {
        this.status = PostStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
    }

    /** Back to a draft that readers cannot see. */
    public void withdraw(Instant now) {
        this.status = PostStatus.DRAFT;
        this.publishedAt = null;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** New text; the body must already be sanitized. */
    public void revise(
            String title, String slug, String summary, String body, Category category, String authorName, Instant now) {
        this.title = requireText(title, "title");
        this.slug = Slugs.requireValid(slug);
        this.summary = requireText(summary, "summary");
        this.body = requireText(body, "body");
        this.category = Objects.requireNonNull(category, "category");
        this.authorName = requireText(authorName, "authorName");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Files were added, removed or reordered: a new revision, which every node's search index follows. */
    void filesChanged(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The post's files in their order (for the search index). */
    public List<PostAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public PublicationState state(Instant now) {
        return PublicationState.of(status, publishedAt, now);
    }

    /** The cover picture (an image of the library, or {@code null} for none) and its caption. */
    /** Tags the post with exactly these complexes. */
    public void tagComplexes(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        if (!wanted.equals(complexIds)) {
            complexIds.retainAll(wanted);
            complexIds.addAll(wanted);
        }
    }

    /** The complexes the post is tagged with, in no particular order. */
    public Set<Long> getComplexIds() {
        return Set.copyOf(complexIds);
    }

    public void setCover(Long imageId, String caption) {
        this.coverImageId = imageId;
        this.coverCaption = caption;
    }

    /**
     * Pins the post to the head of the home page and of its category's list (공지), until {@code until} when that is
     * given; a post pinned already keeps its place among the pins.
     */
    public void pin(Instant until, Instant now) {
        if (pinnedAt == null) {
            pinnedAt = Objects.requireNonNull(now, "now");
        }
        pinnedUntil = until;
    }

    /** Back into its place among the other posts. */
    public void unpin() {
        pinnedAt = null;
        pinnedUntil = null;
    }

    /** Whether the post heads its lists at {@code now} (pinned, and its pin has not run out). */
    public boolean isPinned(Instant now) {
        return pinInForce(pinnedAt, pinnedUntil, now);
    }

    static boolean pinInForce(Instant pinnedAt, Instant pinnedUntil, Instant now) {
        return pinnedAt != null && (pinnedUntil == null || pinnedUntil.isAfter(now));
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public Instant getPinnedUntil() {
        return pinnedUntil;
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

    /** The body as readers read it, without markup: what search looks into. */
    public String getBodyText() {
        return ArticleText.of(body);
    }

    public Category getCategory() {
        return category;
    }

    public Long getCoverImageId() {
        return coverImageId;
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

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
