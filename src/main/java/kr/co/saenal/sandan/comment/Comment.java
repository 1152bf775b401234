package kr.co.saenal.sandan.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment under one article: a display name and plain text, already cleaned by {@link CommentText}.
 * It is never edited; an editor only approves or rejects it. The database deletes it with its post.
 */
@Entity
@Table(name = "news_comment")
@EntityListeners(ShownCommentListener.class)
public class Comment {

    public static final int MAX_NAME_LENGTH = 30;
    public static final int MAX_TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "news_post_id", nullable = false)
    private long newsPostId;

    @Column(name = "author_name", nullable = false, length = MAX_NAME_LENGTH)
    private String authorName;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentState state;

    @Column(name = "client_address", nullable = false, length = 45)
    private String clientAddress;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 60)
    private String moderatedBy;

    @Version
    private long version;

    protected Comment() {}

    /** @param held {@code true} when the comment waits for an editor, {@code false} to show it at once */
    public Comment(
            long newsPostId, String authorName, String body, String clientAddress, Instant postedAt, boolean held) {
        this.newsPostId = newsPostId;
        this.authorName = requireLength(authorName, MAX_NAME_LENGTH, "authorName");
        this.body = requireLength(body, MAX_TEXT_LENGTH, "body");
        String address = Objects.requireNonNull(clientAddress, "clientAddress");
        this.clientAddress = address.length() > 45 ? address.substring(0, 45) : address;
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
        this.state = held ? CommentState.PENDING : CommentState.APPROVED;
    }

    public void approve(String editor, Instant at) {
        moderate(CommentState.APPROVED, editor, at);
    }

    public void reject(String editor, Instant at) {
        moderate(CommentState.REJECTED, editor, at);
    }

    private void moderate(CommentState next, String editor, Instant at) {
        this.state = next;
        this.moderatedBy = Objects.requireNonNull(editor, "editor");
        this.moderatedAt = Objects.requireNonNull(at, "at");
    }

    private static String requireLength(String value, int max, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public long getNewsPostId() {
        return newsPostId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentState getState() {
        return state;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }
}
