package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Destroys a request's personal data for good (개인정보 파기), whoever asks: an administrator on the requester's
 * demand, or the retention schedule once the period has passed. The record keeps an anonymous statistic, its notes
 * their author and time but not their text; what other
 * parts keep about it goes in the same transaction ({@link InquiryDestroyed}).
 */
@ApplicationScoped
public class InquiryDestruction {

    @Inject
    Event<InquiryDestroyed> destroyed;

    @Inject
    Clock clock;

    @Inject
    InquiryHistoryRepository history;

    @Inject
    InquiryFileRepository files;

    /** Does nothing to a request already destroyed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroy(Inquiry inquiry) {
        if (!inquiry.isDestroyed()) {
            inquiry.destroyPersonalData(clock.instant());
            history.notes(inquiry.getId()).forEach(InquiryNote::destroyText);
            files.removeAll(inquiry.getId());
            destroyed.fire(new InquiryDestroyed(inquiry.getId()));
        }
    }
}
