package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kr.co.saenal.sandan.platform.QueryConditions;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    PersonalDataRetention retention;

    @Inject
    Clock clock;

    /** Newest first, those the search finds. One statement: rows are read as columns, not entities. */
    public List<InquiryRow> list(InquirySearch search, int offset, int limit) {
        QueryConditions where = search.conditions();
        return where.bindTo(em.createQuery("select " + InquiryRow.COLUMNS + " from Inquiry i" + where.where()
                        + " order by i.receivedAt desc, i.id desc", Object[].class))
                .setFirstResult(offset).setMaxResults(limit).getResultStream().map(InquiryRow::of).toList();
    }

    public long count(InquirySearch search) {
        QueryConditions where = search.conditions();
        return where.bindTo(em.createQuery("select count(i) from Inquiry i" + where.where(), Long.class))
                .getSingleResult();
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
     */
    public InquiryDetails destroy(long id, StaffActor staff, String reason) {
        Inquiry inquiry = find(id);
        retention.destroy(inquiry);
        accessLog.record(staff.username(), staff.clientAddress(), AccessAction.DESTROY, List.of(id), reason);
        return InquiryDetails.of(inquiry);
    }

    private Inquiry find(long id) {
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null) {
            throw new InquiryNotFoundException(id);
        }
        return inquiry;
    }
}
