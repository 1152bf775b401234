package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A line of the staff's inquiry list: personal data masked, a destroyed request named as such. */
class InquiryRowTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void nameAndPhoneAreMasked() {
        InquiryRow row = InquiryRow.of(new Object[] {
            7L,
            "김신청",
            "새날산업",
            "010-1234-5678",
            InquiryTopic.FUNDING,
            ContactTime.ANYTIME,
            InquiryStatus.RECEIVED,
            null,
            InquiryChannel.API,
            RECEIVED,
            null,
            RECEIVED.plusSeconds(9 * 3600)
        });

        assertEquals("김*청", row.maskedName());
        assertEquals("010-****-5678", row.maskedPhone());
        assertEquals(false, row.overdueAt(RECEIVED.plusSeconds(3600)));
        assertEquals(true, row.overdueAt(RECEIVED.plusSeconds(10 * 3600)), "still 접수 past its target");
    }

    @Test
    void aDestroyedRequestSaysSoInsteadOfAMaskedPlaceholder() {
        InquiryRow row = InquiryRow.of(new Object[] {
            7L,
            Inquiry.DESTROYED,
            null,
            "",
            InquiryTopic.FUNDING,
            ContactTime.ANYTIME,
            InquiryStatus.DONE,
            null,
            InquiryChannel.API,
            RECEIVED,
            RECEIVED,
            RECEIVED
        });

        assertEquals("(파기됨)", row.maskedName());
        assertEquals("", row.maskedPhone());
    }
}
