package kr.co.saenal.sandan.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image kept in the database, so that every node of a cluster serves the same bytes. */
@Entity
@EntityListeners(PublicContentListener.class)
@Table(name = "stored_image")
public class StoredImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "alt_text", nullable = false, length = 300)
    private String altText;

    @Column(length = 300)
    private String caption;

    @Column(name = "uploaded_by", length = 60)
    private String uploadedBy;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = 20 * 1024 * 1024)
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredImage() {}

    /** Made by {@link ImageLibrary} from an upload that passed its checks; alt text and caption come described. */
    StoredImage(String fileName, ImageUpload upload, ImageDescription description, String uploadedBy, Instant now) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = upload.format().contentType();
        this.width = upload.size().width();
        this.height = upload.size().height();
        this.data = upload.data().clone();
        this.byteSize = data.length;
        this.sha256 = sha256(data);
        describe(description);
        this.uploadedBy = uploadedBy;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** New alt text and caption; the picture itself never changes (its URL is cached for a year). */
    void describe(ImageDescription description) {
        this.altText = description.altText();
        this.caption = description.caption();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAltText() {
        return altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public byte[] getData() {
        return data.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
