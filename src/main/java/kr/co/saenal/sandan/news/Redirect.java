package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * An old address that answers {@code 301}: to a post (by id, so the answer follows the post's current address) or to
 * another path of the site. The old address is an {@link OldAddress} key. Hits are added by {@link RedirectLookup}
 * in batches. A change is public content ({@code PublicContentChanged}): every node's lookup and page cache hear of it.
 */
@Entity
@Table(name = "news_redirect")
@EntityListeners(PublicContentListener.class)
public class Redirect {

    /** Where a redirect comes from. */
    public enum Origin {
        /** Made by an import for an item's link or guid. */
        IMPORT,
        /** Recorded when an editor changed a published post's address. */
        MOVE,
        /** Added by an editor on the redirects page. */
        EDITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "old_path", nullable = false, length = OldAddress.MAX_LENGTH)
    private String oldPath;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "target_path", length = 1000)
    private String targetPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(nullable = false)
    private long hits;

    @Column(name = "last_hit_at")
    private Instant lastHitAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Redirect() {}

    private Redirect(String oldPath, Long postId, String targetPath, Origin origin, Instant now) {
        this.oldPath = Objects.requireNonNull(oldPath, "oldPath");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.createdAt = Objects.requireNonNull(now, "now");
        point(postId, targetPath, now);
    }

    public static Redirect toPost(String oldPath, long postId, Origin origin, Instant now) {
        return new Redirect(oldPath, postId, null, origin, now);
    }

    public static Redirect toPath(String oldPath, String targetPath, Origin origin, Instant now) {
        return new Redirect(oldPath, null, Objects.requireNonNull(targetPath, "targetPath"), origin, now);
    }

    /** A new old address and target, both checked by {@link Redirects}. */
    void change(String oldPath, Long postId, String targetPath, Instant now) {
        this.oldPath = Objects.requireNonNull(oldPath, "oldPath");
        point(postId, targetPath, now);
    }

    private void point(Long postId, String targetPath, Instant now) {
        if ((postId == null) == (targetPath == null)) {
            throw new IllegalArgumentException("a redirect leads to a post or to a path");
        }
        this.postId = postId;
        this.targetPath = targetPath;
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getOldPath() {
        return oldPath;
    }

    public Long getPostId() {
        return postId;
    }

    public String getTargetPath() {
        return targetPath;
    }

    public Origin getOrigin() {
        return origin;
    }

    public long getHits() {
        return hits;
    }

    public Instant getLastHitAt() {
        return lastHitAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
