package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;

/**
 * The consultants' side of inquiries. Lists show masked personal data; opening or changing one inquiry writes an
 * access record in the same transaction.
 */
@ApplicationScoped
@Transactional
public class InquiryDesk {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    InquiryRepository inquiries;

    @Inject
    AccessLog accessLog;

    @Inject
    InquiryDestruction destruction;

    @Inject
    Clock clock;

    /** Newest first, those the search finds. One statement: rows are read as columns, not entities. */
    public List<InquiryRow> list(InquirySearch search, int offset, int limit) {
        return inquiries.rows(search, offset, limit);
    }

    public long count(InquirySearch search) {
        return inquiries.count(search);
    }

    public InquiryDetails open(long id, StaffActor staff) {
        Inquiry inquiry = find(id);
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.VIEW, List.of(id), null);
        return InquiryDetails.of(inquiry);
    }

    /**
     * @throws StatusChangeNotAllowedException when the workflow does not allow the new status
     * @throws InquiryDestroyedException when the inquiry's personal data was destroyed
     */
    public InquiryDetails change(long id, InquiryChange change, StaffActor staff) {
        Inquiry inquiry = find(id);
        inquiry.apply(change, clock.instant());
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.UPDATE, List.of(id), null);
        return InquiryDetails.of(inquiry);
    }

    /**
     * Destroys one request's personal data now, at the requester's demand (개인정보 파기 요청), with the reason in
     * the access log.
     *
     * @throws InquiryDestroyedException when it was destroyed before (nothing is recorded again)
     */
    public InquiryDetails destroy(long id, StaffActor staff, String reason) {
        Inquiry inquiry = find(id);
        if (inquiry.isDestroyed()) {
            throw new InquiryDestroyedException(id);
        }
        destruction.destroy(inquiry);
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.DESTROY, List.of(id), reason);
        return InquiryDetails.of(inquiry);
    }

    private Inquiry find(long id) {
        return inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id));
    }
}
