package kr.co.saenal.sandan.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.news.AttachmentKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document that came with a request: its name as the requester's computer called it, its kind as its bytes say,
 * and the bytes. Read as columns for lists ({@link InquiryFileRow}); the bytes only when a consultant opens it.
 */
@Entity
@Table(name = "inquiry_file")
public class InquiryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /** A varying binary column (bytea), not a large object: the file is read whole, and 10 MiB at most. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected InquiryFile() {}

    InquiryFile(long inquiryId, int position, String fileName, AttachmentKind kind, byte[] content, Instant now) {
        this.inquiryId = inquiryId;
        this.position = position;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.content = Objects.requireNonNull(content, "content");
        this.size = content.length;
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }
}
