package kr.co.saenal.sandan.news;

import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The kinds of file a post may carry, as {@link AttachmentInspector} finds them in the content. A file is accepted
 * only when its name ends in one of its kind's extensions; it is served with its kind's media type, never the one
 * the uploading browser claimed.
 */
public enum AttachmentKind {
    PDF("application/pdf", "PDF", "pdf"),
    HWP("application/x-hwp", "HWP", "hwp"),
    HWPX("application/hwp+zip", "HWPX", "hwpx"),
    DOC("application/msword", "DOC", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOC", "docx"),
    XLS("application/vnd.ms-excel", "XLS", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLS", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "PPT", "ppt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPT", "pptx"),
    ZIP("application/zip", "ZIP", "zip"),
    JPEG("image/jpeg", "JPG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png");

    private final String contentType;
    private final String badge;
    private final List<String> extensions;

    AttachmentKind(String contentType, String badge, String... extensions) {
        this.contentType = contentType;
        this.badge = badge;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The short mark of the type icon: PDF, HWP, DOC (also for DOCX), … */
    public String badge() {
        return badge;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file called {@code fileName} may be of this kind. */
    public boolean fits(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    /** Browsers show PDFs themselves; only they may open in the browser instead of being saved. */
    public boolean opensInline() {
        return this == PDF;
    }

    /** What people call it: "PDF 문서", "한글 문서(HWP)", … */
    public String label() {
        return Texts.say(AttachmentKind.class, "attachment.kind." + name());
    }

    /** The lower-case extension of a file name, without the dot; empty when it has none. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
