package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;

/**
 * Takes consultation requests exactly once. A request sent again under the same submission key — a double
 * click, a retry after a lost answer, a page sent again — is not stored twice: the first one's receipt comes
 * back, marked as replayed. Two copies racing each other are told apart by the database's unique key on
 * {@code inquiry.submission_key}: the loser's transaction fails and it finds the winner. The look for an earlier
 * request and the storing of a new one share one transaction (one connection and one commit per request).
 */
@ApplicationScoped
public class InquiryReception {

    @Inject
    InquiryService inquiries;

    /**
     * @throws InquiryRejectedException with every broken rule, field by field; nothing stored
     * @throws SubmissionKeyReusedException when the key was used before for a different request
     */
    public InquiryReceipt receive(InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion) {
        return receive(request, origin, shownNoticeVersion, List.of());
    }

    /** The same, with the documents the requester sent with the form (stored with the request, or nothing is). */
    public InquiryReceipt receive(
            InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion, List<RequesterFile> files) {
        String key = origin.submissionKey();
        if (key == null) {
            return inquiries.submit(request, origin, shownNoticeVersion, files);
        }
        try {
            return inquiries.submitUnlessKnown(request, origin, shownNoticeVersion, files);
        } catch (PersistenceException | TransactionalException raced) {
            return inquiries.earlier(request, key).orElseThrow(() -> raced);
        }
    }
}
