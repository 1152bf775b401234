package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import kr.co.saenal.sandan.media.ByteSizes;

/**
 * How large an attachment may be: {@code SANDAN_ATTACHMENT_MAX_BYTES} (default 30 MiB), read when the application
 * starts, as the image and workbook limits are. A form of the post editor may carry that much plus the form around
 * it; larger forms are refused before Faces reads them ({@code news.admin.AttachmentUploadSizeFilter}).
 */
@ApplicationScoped
public class AttachmentLimits {

    public static final String MAX_BYTES_VARIABLE = "SANDAN_ATTACHMENT_MAX_BYTES";
    public static final long DEFAULT_MAX_BYTES = 30L * 1024 * 1024;
    /** What a multipart form adds around the files: boundaries, headers, view state, the post's own fields. */
    public static final long FORM_OVERHEAD_BYTES = 1024L * 1024;
    /** Files one post may carry. */
    public static final int MAX_FILES = 20;

    private static final Logger LOG = Logger.getLogger(AttachmentLimits.class.getName());

    private final long maxBytes;

    public AttachmentLimits() {
        this(System.getenv(MAX_BYTES_VARIABLE));
    }

    AttachmentLimits(String configured) {
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

    /** The largest editor form read; the files chosen at once share it. */
    public long maxRequestBytes() {
        return maxBytes + FORM_OVERHEAD_BYTES;
    }

    /** The limit as people read it: "30MB". */
    public String maxSizeText() {
        return ByteSizes.text(maxBytes);
    }
}
