package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeText;
import kr.co.saenal.sandan.platform.PhoneNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One consultation request: its workflow, the consultant's notes, and the destruction of its personal data. */
class InquiryTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-26T00:00:00Z");
    private static final Instant LATER = RECEIVED_AT.plus(Duration.ofDays(2));

    private static Inquiry received() {
        ConsentNotice notice = new ConsentNotice(
                3, new ConsentNoticeText("상담", "이름, 연락처", "3년", "거부할 수 있습니다"), RECEIVED_AT.minus(Duration.ofDays(30)));
        Inquiry.Requester requester = new Inquiry.Requester(
                "김신청",
                "새날산업",
                PhoneNumber.parse("010-1234-5678").orElseThrow(),
                "kim@example.com",
                InquiryTopic.RESTRUCTURING,
                ContactTime.WEEKDAY_MORNING);
        return new Inquiry(
                requester,
                "구조고도화 사업 문의입니다.",
                InquiryChannel.CONSULT_PAGE,
                42L,
                notice,
                true,
                "203.0.113.7",
                RECEIVED_AT);
    }

    @Nested
    class Workflow {

        @Test
        void aNewRequestIsReceivedAndOpen() {
            Inquiry inquiry = received();
            assertEquals(InquiryStatus.RECEIVED, inquiry.getStatus());
            assertNull(inquiry.getClosedAt());
        }

        @Test
        void finishingARequestNotesWhenItClosed() {
            Inquiry inquiry = received();
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, RECEIVED_AT);
            inquiry.moveTo(InquiryStatus.DONE, LATER);
            assertEquals(InquiryStatus.DONE, inquiry.getStatus());
            assertEquals(LATER, inquiry.getClosedAt());
        }

        @Test
        void savingAFinishedRequestAgainKeepsWhenItClosed() {
            Inquiry inquiry = received();
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, RECEIVED_AT);
            inquiry.moveTo(InquiryStatus.DONE, LATER);
            inquiry.moveTo(InquiryStatus.DONE, LATER.plus(Duration.ofDays(1)));
            assertEquals(LATER, inquiry.getClosedAt(), "the retention period runs from the first closing");
        }

        @Test
        void reopeningARequestClearsWhenItClosed() {
            Inquiry inquiry = received();
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, RECEIVED_AT);
            inquiry.moveTo(InquiryStatus.DONE, LATER);
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, LATER.plus(Duration.ofDays(1)));
            assertEquals(InquiryStatus.IN_PROGRESS, inquiry.getStatus());
            assertNull(inquiry.getClosedAt(), "an open request has no retention period running");
        }

        @Test
        void skippingTheConsultationIsRefusedWithAKoreanReasonAndChangesNothing() {
            Inquiry inquiry = received();
            StatusChangeNotAllowedException refused = assertThrows(
                    StatusChangeNotAllowedException.class, () -> inquiry.moveTo(InquiryStatus.DONE, LATER));
            assertEquals("'접수' 상태에서 '완료'(으)로 바꿀 수 없습니다.", refused.text());
            assertEquals(InquiryStatus.RECEIVED, inquiry.getStatus());
            assertNull(inquiry.getClosedAt());
        }

        @Test
        void aConsultantsChangeAppliesWhatItSaysAndLeavesTheRest() {
            Inquiry inquiry = received();
            inquiry.writeMemo("첫 통화 예정");
            inquiry.apply(
                    new InquiryChange(
                            Optional.of(InquiryStatus.IN_PROGRESS), Optional.of("consultant1"), Optional.empty()),
                    LATER);
            assertEquals(InquiryStatus.IN_PROGRESS, inquiry.getStatus());
            assertEquals("consultant1", inquiry.getAssignee());
            assertEquals("첫 통화 예정", inquiry.getMemo());
        }

        @Test
        void theConsultantAssignsAndNotesWithBlanksMeaningNone() {
            Inquiry inquiry = received();
            inquiry.assignTo("  consultant1 ");
            inquiry.writeMemo(" 내일 오전 통화 ");
            assertEquals("consultant1", inquiry.getAssignee());
            assertEquals("내일 오전 통화", inquiry.getMemo());
            inquiry.assignTo(" ");
            inquiry.writeMemo("");
            assertNull(inquiry.getAssignee());
            assertNull(inquiry.getMemo());
        }
    }

    @Nested
    class Destruction {

        private Inquiry destroyed() {
            Inquiry inquiry = received();
            inquiry.keyedBy("client-key-1");
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, RECEIVED_AT);
            inquiry.assignTo("consultant1");
            inquiry.writeMemo("김신청님 010-1234-5678로 통화");
            inquiry.moveTo(InquiryStatus.DONE, LATER);
            inquiry.destroyPersonalData(LATER.plus(Duration.ofDays(3 * 365)));
            return inquiry;
        }

        @Test
        void overwritesEveryPieceOfPersonalData() {
            Inquiry inquiry = destroyed();
            assertEquals(Inquiry.DESTROYED, inquiry.getName());
            assertNull(inquiry.getCompany());
            assertEquals("", inquiry.getPhone());
            assertEquals("", inquiry.getEmail());
            assertEquals("", inquiry.getMessage());
            assertNull(inquiry.getMemo(), "a consultant's memo may quote the requester");
            assertEquals("", inquiry.getConsent().getClientAddress());
            assertFalse(
                    inquiry.sameRequester(new InquiryRequest(
                            "김신청",
                            null,
                            "010-1234-5678",
                            "kim@example.com",
                            null,
                            null,
                            "구조고도화 사업 문의입니다.",
                            true,
                            false)),
                    "a request sent again can no longer be matched to it");
        }

        @Test
        void keepsAnAnonymousStatistic() {
            Inquiry inquiry = destroyed();
            assertTrue(inquiry.isDestroyed());
            assertEquals(LATER.plus(Duration.ofDays(3 * 365)), inquiry.getDestroyedAt());
            assertEquals(RECEIVED_AT, inquiry.getReceivedAt());
            assertEquals(InquiryChannel.CONSULT_PAGE, inquiry.getChannel());
            assertEquals(InquiryTopic.RESTRUCTURING, inquiry.getTopic());
            assertEquals(ContactTime.WEEKDAY_MORNING, inquiry.getPreferredTime());
            assertEquals(InquiryStatus.DONE, inquiry.getStatus());
            assertEquals(LATER, inquiry.getClosedAt());
            assertEquals(42L, inquiry.getNewsPostId());
            assertEquals("consultant1", inquiry.getAssignee(), "who handled it is the staff's, not the requester's");
            assertEquals(3, inquiry.getConsent().getNotice().getVersion());
            assertEquals(RECEIVED_AT, inquiry.getConsent().getAgreedAt());
            assertTrue(inquiry.getConsent().isMarketingConsent());
        }

        @Test
        void aDestroyedRequestTakesNoNewMemo() {
            assertRefused(inquiry -> inquiry.writeMemo("신청인이 다시 전화함: 010-9876-5432"));
        }

        @Test
        void aDestroyedRequestTakesNoNewAssignee() {
            assertRefused(inquiry -> inquiry.assignTo("consultant2"));
        }

        @Test
        void aDestroyedRequestIsNotReopenedNorMovedAtAll() {
            for (InquiryStatus next : InquiryStatus.values()) {
                assertRefused(inquiry -> inquiry.moveTo(next, LATER.plus(Duration.ofDays(4 * 365))));
            }
        }

        @Test
        void aDestroyedRequestRefusesEvenAnEmptyChange() {
            InquiryChange nothing = new InquiryChange(Optional.empty(), Optional.empty(), Optional.empty());
            assertRefused(inquiry -> inquiry.apply(nothing, LATER.plus(Duration.ofDays(4 * 365))));
        }

        @Test
        void destroyingAgainChangesNothing() {
            Inquiry inquiry = destroyed();
            Instant first = inquiry.getDestroyedAt();
            inquiry.destroyPersonalData(first.plus(Duration.ofDays(1)));
            assertEquals(first, inquiry.getDestroyedAt());
        }

        private void assertRefused(java.util.function.Consumer<Inquiry> change) {
            Inquiry inquiry = destroyed();
            Executable attempt = () -> change.accept(inquiry);
            InquiryDestroyedException refused = assertThrows(InquiryDestroyedException.class, attempt);
            assertTrue(refused.text().contains("파기"), refused.text());
            assertEquals(Inquiry.DESTROYED, inquiry.getName());
            assertNull(inquiry.getMemo());
            assertEquals("consultant1", inquiry.getAssignee());
            assertEquals(InquiryStatus.DONE, inquiry.getStatus());
            assertEquals(LATER, inquiry.getClosedAt());
        }
    }
}
