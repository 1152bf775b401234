package kr.co.saenal.sandan.inquiry.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;

/** One inquiry in an export file: in full, unmasked, as a consultant needs it to call back. */
public record ExportedInquiry(
        long id,
        Instant receivedAt,
        String name,
        String company,
        String phone,
        String email,
        InquiryTopic topic,
        ContactTime preferredTime,
        String message,
        String complex,
        InquiryStatus status,
        String assignee,
        boolean marketingConsent) {

    /** The keys of the column headings in the texts ({@code export.heading.*}), in the order of {@link #cells()}. */
    private static final List<String> HEADING_KEYS = List.of(
            "id",
            "receivedAt",
            "name",
            "company",
            "phone",
            "email",
            "topic",
            "preferredTime",
            "message",
            "complex",
            "status",
            "assignee",
            "marketingConsent");

    /** The columns {@link #of(Object[])} reads, in its order, for a JPQL select over {@code Inquiry i join i.consent c}. */
    static final String COLUMNS = "i.id, i.receivedAt, i.name, i.company, i.phone, i.email, i.topic, i.preferredTime, "
            + "i.message, i.complexName, i.status, i.assignee, c.marketingConsent";

    static ExportedInquiry of(Object[] c) {
        return new ExportedInquiry(
                (Long) c[0],
                (Instant) c[1],
                (String) c[2],
                (String) c[3],
                (String) c[4],
                (String) c[5],
                (InquiryTopic) c[6],
                (ContactTime) c[7],
                (String) c[8],
                (String) c[9],
                (InquiryStatus) c[10],
                (String) c[11],
                (Boolean) c[12]);
    }

    /** The column headings of the file, in the order of {@link #cells()}, in the request's language. */
    public static List<String> headings() {
        return HEADING_KEYS.stream()
                .map(key -> Texts.say(ExportedInquiry.class, "export.heading." + key))
                .toList();
    }

    /** The cells under {@link #headings()}: the number as a {@link Long}, everything else as text (never null). */
    public List<Object> cells() {
        return Arrays.asList(
                id,
                KoreanTime.dateTime(receivedAt),
                name,
                text(company),
                phone,
                email,
                topic == null ? "" : topic.label(),
                preferredTime == null ? "" : preferredTime.label(),
                message,
                text(complex),
                status.label(),
                text(assignee),
                Texts.say(ExportedInquiry.class, marketingConsent ? "export.consent.yes" : "export.consent.no"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
