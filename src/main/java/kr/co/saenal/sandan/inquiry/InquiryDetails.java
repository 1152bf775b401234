package kr.co.saenal.sandan.inquiry;

import java.io.Serializable;
import java.time.Instant;

/** Everything about one inquiry, for the consultant handling it. Reading it is recorded in the access log. */
public record InquiryDetails(
        long id,
        String name,
        String company,
        String phone,
        String email,
        InquiryTopic topic,
        ContactTime preferredTime,
        String message,
        InquiryStatus status,
        String assignee,
        InquiryChannel channel,
        Long newsPostId,
        Long complexId,
        String complexName,
        Instant receivedAt,
        int consentNoticeVersion,
        Instant consentAgreedAt,
        String consentAddress,
        boolean marketingConsent,
        Instant destroyedAt)
        implements Serializable {

    static InquiryDetails of(Inquiry i) {
        ConsentRecord consent = i.getConsent();
        return new InquiryDetails(
                i.getId(),
                i.getName(),
                i.getCompany(),
                i.getPhone(),
                i.getEmail(),
                i.getTopic(),
                i.getPreferredTime(),
                i.getMessage(),
                i.getStatus(),
                i.getAssignee(),
                i.getChannel(),
                i.getNewsPostId(),
                i.getComplexId(),
                i.getComplexName(),
                i.getReceivedAt(),
                consent.getNotice().getVersion(),
                consent.getAgreedAt(),
                consent.getClientAddress(),
                consent.isMarketingConsent(),
                i.getDestroyedAt());
    }

    /** Its personal data was destroyed: what is left is a statistic, and it takes no more changes. */
    public boolean destroyed() {
        return destroyedAt != null;
    }
}
