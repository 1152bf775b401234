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
            inquiry.apply(
                    new InquiryChange(
                            Optional.of(InquiryStatus.IN_PROGRESS), Optional.of("consultant1"), Optional.empty()),
                    LATER);
            assertEquals(InquiryStatus.IN_PROGRESS, inquiry.getStatus());
            assertEquals("consultant1", inquiry.getAssignee());
            inquiry.apply(new InquiryChange(Optional.empty(), Optional.empty(), Optional.of("메모")), LATER);
            assertEquals(InquiryStatus.IN_PROGRESS, inquiry.getStatus());
            assertEquals("consultant1", inquiry.getAssignee());
        }

        @Test
        void theConsultantAssignsWithBlanksMeaningNone() {
            Inquiry inquiry = received();
            inquiry.assignTo("  consultant1 ");
            assertEquals("consultant1", inquiry.getAssignee());
            inquiry.assignTo(" ");
            assertNull(inquiry.getAssignee());
        }
    }

    @Nested
    class Notes {

        @Test
        void anEditKeepsTheEarlierTextWithWhoReplacedItAndWhen() {
            InquiryNote note = new InquiryNote(7, "consultant1", "첫 통화: 부재중", RECEIVED_AT);
            note.edit("첫 통화: 부재중", "consultant1", LATER);
            assertTrue(note.getRevisions().isEmpty(), "the same text is no edit");
            assertNull(note.getEditedAt());

            note.edit("첫 통화: 부재중, 문자 남김", "consultant1", LATER);
            assertEquals("첫 통화: 부재중, 문자 남김", note.getBody());
            assertEquals(LATER, note.getEditedAt());
            assertEquals(RECEIVED_AT, note.getWrittenAt(), "written when it was first written");
            assertEquals(1, note.getRevisions().size());
            InquiryNote.Revision earlier = note.getRevisions().get(0);
            assertEquals("첫 통화: 부재중", earlier.getBody());
            assertEquals(LATER, earlier.getReplacedAt());
            assertEquals("consultant1", earlier.getReplacedBy());
            assertTrue(note.writtenBy("consultant1"));
            assertFalse(note.writtenBy("consultant2"));
        }

        @Test
        void destroyingTheTextTakesTheEarlierTextsToo() {
            InquiryNote note = new InquiryNote(7, "consultant1", "김신청님 010-1234-5678로 통화", RECEIVED_AT);
            note.edit("김신청님과 통화", "consultant1", LATER);
            note.destroyText();
            assertEquals("", note.getBody());
            assertTrue(note.getRevisions().isEmpty());
            assertEquals("consultant1", note.getAuthor(), "who wrote it and when stay");
        }
    }

    @Nested
    class Destruction {

        private Inquiry destroyed() {
            Inquiry inquiry = received();
            inquiry.keyedBy("client-key-1");
            inquiry.moveTo(InquiryStatus.IN_PROGRESS, RECEIVED_AT);
            inquiry.assignTo("consultant1");
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
        void aDestroyedRequestTakesNoNewNote() {
            assertRefused(Inquiry::refuseNotesOnceDestroyed);
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
            assertEquals("consultant1", inquiry.getAssignee());
            assertEquals(InquiryStatus.DONE, inquiry.getStatus());
            assertEquals(LATER, inquiry.getClosedAt());
        }
    }
}
