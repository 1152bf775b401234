package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * A file attached to a post (a 공고문 as PDF or 한글, a form as DOCX, …): its name as the editor uploaded it, its kind
 * as its content showed ({@link AttachmentInspector}), its text for search ({@link AttachmentText}) and its place
 * among the post's files. The bytes are kept beside it in {@link AttachmentChunk}s, in the database, so that every
 * node of a cluster serves the same file; they never change for an id, so the SHA-256 is the download's ETag.
 */
@Entity
@Table(name = "news_attachment")
@EntityListeners(PublicContentListener.class)
public class PostAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private NewsPost post;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentKind kind;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** What search reads of the file; empty when it has no text to read. */
    @Column(name = "text_content", length = AttachmentText.MAX_CHARS)
    private String text;

    @Column(name = "download_count", nullable = false)
    private long downloadCount;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostAttachment() {}

    PostAttachment(
            NewsPost post,
            int position,
            String fileName,
            AttachmentKind kind,
            long byteSize,
            String sha256,
            String text,
            String uploadedBy,
            Instant now) {
        this.post = Objects.requireNonNull(post, "post");
        this.position = position;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (byteSize <= 0) {
            throw new IllegalArgumentException("byteSize " + byteSize);
        }
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.text = text == null ? "" : text;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public NewsPost getPost() {
        return post;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getText() {
        return text;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
