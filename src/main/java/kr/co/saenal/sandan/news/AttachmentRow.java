package kr.co.saenal.sandan.news;

import kr.co.saenal.sandan.media.ByteSizes;

/** A post's file as pages list it: name, kind, size and how often it was downloaded. */
public record AttachmentRow(
        long id, long postId, int position, String fileName, AttachmentKind kind, long byteSize, long downloads) {

    /** The download's address. */
    public String getPath() {
        return "/files/" + id;
    }

    /** The address that opens a PDF in the browser; {@code null} for other kinds. */
    public String getInlinePath() {
        return kind.opensInline() ? getPath() + "?inline" : null;
    }

    /** The size as Korean readers read it: 512B, 20KB, 1.5MB. */
    public String getSizeText() {
        return ByteSizes.text(byteSize);
    }

    AttachmentRow withDownloads(long count) {
        return new AttachmentRow(id, postId, position, fileName, kind, byteSize, count);
    }
}
