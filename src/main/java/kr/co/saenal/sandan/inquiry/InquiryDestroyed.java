package kr.co.saenal.sandan.inquiry;

/**
 * A CDI event: a request's personal data has just been destroyed (파기). Observers run in the same transaction and
 * destroy what they keep about it (the mails still owed).
 */
public record InquiryDestroyed(long inquiryId) {}
