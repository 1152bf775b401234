package kr.co.saenal.sandan.news;

import java.io.Serializable;
import kr.co.saenal.sandan.media.ByteSizes;

/**
 * A post's file as pages list it: name, kind, size and how often it was downloaded. Serializable: the editor's view
 * keeps its list, and a distributable session may move it to another node.
 */
public record AttachmentRow(
        long id, long postId, int position, String fileName, AttachmentKind kind, long byteSize, long downloads)
        implements Serializable {

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
