package kr.co.saenal.sandan.inquiry;

import static kr.co.saenal.sandan.inquiry.InquiryStatus.DONE;
import static kr.co.saenal.sandan.inquiry.InquiryStatus.IN_PROGRESS;
import static kr.co.saenal.sandan.inquiry.InquiryStatus.ON_HOLD;
import static kr.co.saenal.sandan.inquiry.InquiryStatus.RECEIVED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The consultants' workflow: 접수 → 상담중 → 완료, 보류 from any open state and back, 완료 reopened as 상담중. */
class InquiryStatusTest {

    @ParameterizedTest
    @EnumSource(InquiryStatus.class)
    void stayingWhereItIsIsAlwaysAllowed(InquiryStatus status) {
        assertEquals(true, status.canMoveTo(status));
    }

    @Test
    void aNewRequestIsTakenUpOrPutOnHoldButNotFinishedUnheard() {
        assertEquals(EnumSet.of(RECEIVED, IN_PROGRESS, ON_HOLD), allowedFrom(RECEIVED));
    }

    @Test
    void aConsultationInProgressIsFinishedOrPutOnHoldButNotSentBackToTheQueue() {
        assertEquals(EnumSet.of(IN_PROGRESS, DONE, ON_HOLD), allowedFrom(IN_PROGRESS));
    }

    @Test
    void aRequestOnHoldGoesBackToTheQueueOrIsTakenUpButIsNotFinishedFromHold() {
        assertEquals(EnumSet.of(ON_HOLD, RECEIVED, IN_PROGRESS), allowedFrom(ON_HOLD));
    }

    @Test
    void aFinishedRequestCanOnlyBeReopenedAsInProgress() {
        assertEquals(EnumSet.of(DONE, IN_PROGRESS), allowedFrom(DONE));
    }

    @Test
    void everyStatusHasItsKoreanLabel() {
        assertEquals(
                "접수 상담중 완료 보류",
                String.join(
                        " ",
                        Arrays.stream(InquiryStatus.values())
                                .map(InquiryStatus::label)
                                .toList()));
    }

    private static Set<InquiryStatus> allowedFrom(InquiryStatus from) {
        Set<InquiryStatus> allowed = EnumSet.noneOf(InquiryStatus.class);
        Arrays.stream(InquiryStatus.values()).filter(from::canMoveTo).forEach(allowed::add);
        return allowed;
    }
}
