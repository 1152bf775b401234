package kr.co.saenal.sandan.inquiry;

/**
 * A CDI event: a consultation request has just been stored. Observers run in the same transaction, so what they
 * write (the mails it owes) is stored with it or not at all.
 */
public record InquiryReceived(Inquiry inquiry) {}
