package kr.co.saenal.sandan.inquiry;

import kr.co.saenal.sandan.platform.web.ContentDisposition;

/** A requester's document as a consultant opens it: what it is, and its bytes. */
public record InquiryFileContent(long inquiryId, InquiryFileRow file, byte[] content) {

    /**
     * The download's {@code Content-Disposition}: the requester's own file name, and a plain ASCII name
     * ({@code inquiry-12-3.pdf}) for clients that cannot read it.
     */
    public String contentDisposition() {
        return ContentDisposition.attachment(
                "inquiry-" + inquiryId + "-" + file.id() + "."
                        + file.kind().extensions().get(0),
                file.fileName());
    }
}
