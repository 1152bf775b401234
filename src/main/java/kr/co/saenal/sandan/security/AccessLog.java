package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.QueryConditions;

/**
 * Writes and reads the access log of personal data. Writing joins the caller's transaction, so that a look at
 * personal data and its record are committed together or not at all.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How many inquiry numbers one line of {@link #search} carries; an export names up to thousands. */
    public static final int SHOWN_INQUIRIES = 20;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String staffUsername, String clientAddress, AccessAction action, Collection<Long> inquiryIds,
            String reason) {
        em.persist(new AccessRecord(clock.instant(), staffUsername, clientAddress, action, inquiryIds, reason, null));
    }

    /** An export: every inquiry in the file, the reason given and the file's format (CSV, XLSX). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordExport(String staffUsername, String clientAddress, Collection<Long> inquiryIds, String reason,
            String fileFormat) {
        em.persist(new AccessRecord(clock.instant(), staffUsername, clientAddress, AccessAction.EXPORT, inquiryIds,
                reason, fileFormat));
    }

    /** The records that name this inquiry (openings, changes, exports that included it), newest first. */
    public List<AccessRecord> about(long inquiryId) {
        return em.createQuery("select r from AccessRecord r left join fetch r.inquiryIds where "
                        + AccessLogFilter.NAMES_INQUIRY + " order by r.accessedAt desc, r.id desc", AccessRecord.class)
                .setParameter("inquiry", inquiryId)
                .getResultList();
    }

    /**
     * The records the filter finds, newest first. Two statements whatever the page size: the records as columns,
     * then the inquiry numbers of those records.
     */
    public List<AccessEntry> search(AccessLogFilter filter, int offset, int limit) {
        QueryConditions where = filter.conditions();
        List<Object[]> records = where.bindTo(em.createQuery("select r.id, r.accessedAt, r.staffUsername, "
                        + "r.clientAddress, r.action, r.fileFormat, r.reason, size(r.inquiryIds) from AccessRecord r"
                        + where.where() + " order by r.accessedAt desc, r.id desc", Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, List<Long>> inquiries = shownInquiries(records.stream().map(c -> (Long) c[0]).toList());
        return records.stream()
                .map(c -> new AccessEntry((Long) c[0], (Instant) c[1], (String) c[2], (String) c[3],
                        (AccessAction) c[4], (String) c[5], (String) c[6],
                        inquiries.getOrDefault((Long) c[0], List.of()), ((Number) c[7]).longValue()))
                .toList();
    }

    public long count(AccessLogFilter filter) {
        QueryConditions where = filter.conditions();
        return where.bindTo(em.createQuery("select count(r) from AccessRecord r" + where.where(), Long.class))
                .getSingleResult();
    }

    /** The first {@link #SHOWN_INQUIRIES} inquiry numbers of each record, in ascending order. */
    private Map<Long, List<Long>> shownInquiries(List<Long> recordIds) {
        Map<Long, List<Long>> shown = new HashMap<>();
        if (recordIds.isEmpty()) {
            return shown;
        }
        em.createQuery("select r.id, n from AccessRecord r join r.inquiryIds n where r.id in :records order by r.id, n",
                        Object[].class)
                .setParameter("records", recordIds)
                .getResultStream()
                .forEach(c -> {
                    List<Long> ids = shown.computeIfAbsent((Long) c[0], k -> new ArrayList<>());
                    if (ids.size() < SHOWN_INQUIRIES) {
                        ids.add((Long) c[1]);
                    }
                });
        return shown;
    }
}
