package kr.co.saenal.sandan.inquiry;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;

/** An inquiry as staff lists show it: personal data masked. */
public record InquiryRow(
        long id,
        String maskedName,
        String company,
        String maskedPhone,
        InquiryTopic topic,
        ContactTime preferredTime,
        InquiryStatus status,
        String assignee,
        InquiryChannel channel,
        Instant receivedAt,
        Instant respondBy)
        implements Serializable {

    /** Still waiting for its first response (접수) after its target. */
    public boolean overdueAt(Instant now) {
        return status == InquiryStatus.RECEIVED && respondBy != null && now.isAfter(respondBy);
    }

    public String getRespondByText() {
        return respondBy == null ? "" : KoreanTime.compact(respondBy);
    }

    public String getReceivedAtText() {
        return KoreanTime.compact(receivedAt);
    }

    /** The columns {@link #of(Object[])} reads, in its order, for a JPQL select over {@code Inquiry i}. */
    static final String COLUMNS = "i.id, i.name, i.company, i.phone, i.topic, i.preferredTime, i.status, i.assignee, "
            + "i.channel, i.receivedAt, i.destroyedAt, i.respondBy";

    /**
     * Masks while reading a row selected with {@link #COLUMNS}; no entity (and no consent record) is loaded. A
     * destroyed request says so instead of showing a masked placeholder.
     */
    static InquiryRow of(Object[] c) {
        boolean destroyed = c[10] != null;
        return new InquiryRow(
                (Long) c[0],
                destroyed ? Texts.say(InquiryRow.class, "inquiry.destroyedName") : PersonalDataMask.name((String) c[1]),
                (String) c[2],
                destroyed ? "" : PersonalDataMask.phone((String) c[3]),
                (InquiryTopic) c[4],
                (ContactTime) c[5],
                (InquiryStatus) c[6],
                (String) c[7],
                (InquiryChannel) c[8],
                (Instant) c[9],
                destroyed ? null : (Instant) c[11]);
    }
}
