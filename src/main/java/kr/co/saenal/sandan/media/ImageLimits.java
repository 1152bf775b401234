package kr.co.saenal.sandan.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * How big an upload may be. The byte limit comes from the environment variable {@code SANDAN_IMAGE_MAX_BYTES}
 * (default 10 MiB); the pixel limit keeps decompression bombs (a small file that decodes to gigabytes) out.
 */
@ApplicationScoped
public class ImageLimits {

    public static final String MAX_BYTES_VARIABLE = "SANDAN_IMAGE_MAX_BYTES";
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

    private static final Logger LOG = Logger.getLogger(ImageLimits.class.getName());

    private final long maxBytes;

    public ImageLimits() {
        this(System.getenv(MAX_BYTES_VARIABLE));
    }

    ImageLimits(String configured) {
        this.maxBytes = parse(configured);
    }

    private static long parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long value = Long.parseLong(configured.trim());
            if (value > 0 && value <= Integer.MAX_VALUE - FORM_OVERHEAD_BYTES) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning
        }
        LOG.warning(() -> MAX_BYTES_VARIABLE + "=" + configured + " is not a byte count; using " + DEFAULT_MAX_BYTES);
        return DEFAULT_MAX_BYTES;
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
