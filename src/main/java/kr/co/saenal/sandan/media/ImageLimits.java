package kr.co.saenal.sandan.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * How big an upload may be. The byte limit is the setting {@code SANDAN_IMAGE_MAX_BYTES}
 * (default 10 MiB); the pixel limit keeps decompression bombs (a small file that decodes to gigabytes) out.
 */
@ApplicationScoped
public class ImageLimits implements ValidatedSettings {

    public static final String MAX_BYTES_PROPERTY = "sandan.image.max-bytes";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** 40 megapixels: more than any camera photo a news post needs, far less than a bomb. */
    public static final long MAX_PIXELS = 40_000_000L;
    /**
     * The largest WebP decoded for variants. The WebP decoder holds the whole picture before subsampling it (some
     * 15 bytes a pixel: 40 megapixels took 350–450 MB), so larger ones are kept as they are, checked by their header.
     */
    static final long MAX_DECODED_WEBP_PIXELS = 16_000_000L;
    /** What a multipart form adds around the file: boundaries, headers, view state, alt text and caption. */
    static final long FORM_OVERHEAD_BYTES = 1024L * 1024;

    private final long maxBytes;
    private final List<String> problems;

    public ImageLimits() {
        this(SettingsReader.fromConfig());
    }

    ImageLimits(SettingsReader read) {
        this.maxBytes = read.number(
                MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES, 1, Integer.MAX_VALUE - FORM_OVERHEAD_BYTES, "a number of bytes");
        this.problems = read.problems();
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The largest upload form the back office reads; larger requests are refused before Faces sees them. */
    public long maxRequestBytes() {
        return maxBytes + FORM_OVERHEAD_BYTES;
    }

    /** The byte limit as people read it: "10MB", "2.5MB", "800KB". */
    public String maxSizeText() {
        return ByteSizes.text(maxBytes);
    }
}
