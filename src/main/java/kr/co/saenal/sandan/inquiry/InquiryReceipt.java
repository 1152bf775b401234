package kr.co.saenal.sandan.inquiry;

import java.time.Instant;

/**
 * What a requester learns after a successful submission; {@code replayed} when it was a resubmission of a request
 * already taken (same key), which was not stored again.
 */
public record InquiryReceipt(long id, Instant receivedAt, boolean replayed) {

    public InquiryReceipt(long id, Instant receivedAt) {
        this(id, receivedAt, false);
    }

    InquiryReceipt replay() {
        return new InquiryReceipt(id, receivedAt, true);
    }
}
