package kr.co.saenal.sandan.inquiry;

import java.io.Serializable;
import kr.co.saenal.sandan.news.AttachmentKind;

/** A requester's document as consultants see it listed: without its bytes. */
public record InquiryFileRow(long id, String fileName, AttachmentKind kind, long size) implements Serializable {

    static final String COLUMNS = "f.id, f.fileName, f.kind, f.size";

    static InquiryFileRow of(Object[] c) {
        return new InquiryFileRow((Long) c[0], (String) c[1], (AttachmentKind) c[2], (Long) c[3]);
    }

    /** 1.2 MB, 340 KB: for the list. */
    public String getSizeText() {
        return kr.co.saenal.sandan.media.ByteSizes.text(size);
    }
}
