package kr.co.saenal.sandan.inquiry;

import java.time.Instant;

/** An inquiry as staff lists show it: personal data masked. */
public record InquiryRow(long id, String maskedName, String company, String maskedPhone, InquiryTopic topic,
        ContactTime preferredTime, InquiryStatus status, String assignee, InquiryChannel channel, Instant receivedAt) {

    public String getReceivedAtText() {
        return kr.co.saenal.sandan.platform.KoreanTime.dateTime(receivedAt);
    }

    static InquiryRow of(Inquiry i) {
        return new InquiryRow(i.getId(), PersonalDataMask.name(i.getName()), i.getCompany(),
                PersonalDataMask.phone(i.getPhone()), i.getTopic(), i.getPreferredTime(), i.getStatus(), i.getAssignee(),
                i.getChannel(), i.getReceivedAt());
    }
}
