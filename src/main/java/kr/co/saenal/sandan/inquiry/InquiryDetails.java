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
        Instant destroyedAt,
        Instant respondBy)
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
                i.getDestroyedAt(),
                i.getRespondBy());
    }

    /** Still waiting for its first response (접수) after its target. */
    public boolean overdueAt(Instant now) {
        return status == InquiryStatus.RECEIVED && !destroyed() && respondBy != null && now.isAfter(respondBy);
    }

    /** Its personal data was destroyed: what is left is a statistic, and it takes no more changes. */
    public boolean destroyed() {
        return destroyedAt != null;
    }
}
