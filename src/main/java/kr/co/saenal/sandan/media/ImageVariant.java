package kr.co.saenal.sandan.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A smaller copy of a stored image for lists and phones, made once at upload: {@code /media/{id}?w=480}. */
@Entity
@Table(name = "image_variant")
public class ImageVariant {

    /** The widths lists ask for, smallest first. Never larger than the original: no upscaling. */
    public static final List<Integer> WIDTHS = List.of(480, 960);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "image_id")
    private StoredImage image;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = 20 * 1024 * 1024)
    private byte[] data;

    protected ImageVariant() {}

    ImageVariant(StoredImage image, ImageSize size, ImageFormat format, byte[] data) {
        this.image = Objects.requireNonNull(image, "image");
        this.width = size.width();
        this.height = size.height();
        this.contentType = format.contentType();
        this.data = data.clone();
        this.byteSize = data.length;
        this.sha256 = StoredImage.sha256(data);
    }

    public Long getId() {
        return id;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentType() {
        return contentType;
    }

    public int getByteSize() {
        return byteSize;
    }

    byte[] getData() {
        return data.clone();
    }
}
