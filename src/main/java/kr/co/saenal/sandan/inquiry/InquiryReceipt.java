package kr.co.saenal.sandan.inquiry;

import java.time.Instant;

/** What a requester learns after a successful submission. */
public record InquiryReceipt(long id, Instant receivedAt) {
}
