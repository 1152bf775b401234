package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.co.saenal.sandan.media.ByteSizes;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * How large an attachment may be: {@code SANDAN_ATTACHMENT_MAX_BYTES} (default 30 MiB), read when the application
 * starts, as the image and workbook limits are. A form of the post editor may carry that much plus the form around
 * it; larger forms are refused before Faces reads them ({@code news.admin.AttachmentUploadSizeFilter}).
 */
@ApplicationScoped
public class AttachmentLimits implements ValidatedSettings {

    public static final String MAX_BYTES_PROPERTY = "sandan.attachment.max-bytes";
    public static final long DEFAULT_MAX_BYTES = 30L * 1024 * 1024;
    /** What a multipart form adds around the files: boundaries, headers, view state, the post's own fields. */
    public static final long FORM_OVERHEAD_BYTES = 1024L * 1024;
    /** Files one post may carry. */
    public static final int MAX_FILES = 20;

    private final long maxBytes;
    private final List<String> problems;

    public AttachmentLimits() {
        this(SettingsReader.fromConfig());
    }

    AttachmentLimits(SettingsReader read) {
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

    /** The largest editor form read; the files chosen at once share it. */
    public long maxRequestBytes() {
        return maxBytes + FORM_OVERHEAD_BYTES;
    }

    /** The limit as people read it: "30MB". */
    public String maxSizeText() {
        return ByteSizes.text(maxBytes);
    }
}
