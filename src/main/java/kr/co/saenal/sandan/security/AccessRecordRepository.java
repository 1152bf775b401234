package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.QueryConditions;

/** The queries on the access log of personal data ({@code access_record}). */
@ApplicationScoped
public class AccessRecordRepository {

    @PersistenceContext
    EntityManager em;

    public void add(AccessRecord record) {
        em.persist(record);
    }

    /** The records that name this inquiry, newest first. */
    public List<AccessRecord> about(long inquiryId) {
        return em.createQuery(
                        "select r from AccessRecord r left join fetch r.inquiryIds where "
                                + AccessLogFilter.NAMES_INQUIRY + " order by r.accessedAt desc, r.id desc",
                        AccessRecord.class)
                .setParameter("inquiry", inquiryId)
                .getResultList();
    }

    /**
     * The records with one of {@code actions} that name this inquiry, oldest first, as columns: an export's
     * thousands of inquiry numbers are counted, not read.
     */
    public List<AccessEntry> about(long inquiryId, Collection<AccessAction> actions) {
        return em.createQuery(
                        "select " + ENTRY_COLUMNS + " from AccessRecord r where "
                                + AccessLogFilter.NAMES_INQUIRY + " and r.action in :actions "
                                + "order by r.accessedAt, r.id",
                        Object[].class)
                .setParameter("inquiry", inquiryId)
                .setParameter("actions", actions)
                .getResultStream()
                .map(c -> entry(c, List.of(inquiryId)))
                .toList();
    }

    /**
     * The records the filter finds, newest first, with at most {@code shownInquiries} inquiry numbers each. Two
     * statements whatever the page size: the records as columns, then the inquiry numbers of those records.
     */
    public List<AccessEntry> entries(AccessLogFilter filter, int offset, int limit, int shownInquiries) {
        QueryConditions where = filter.conditions();
        List<Object[]> records = where.bindTo(em.createQuery(
                        "select " + ENTRY_COLUMNS + " from AccessRecord r" + where.where()
                                + " order by r.accessedAt desc, r.id desc",
                        Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, List<Long>> inquiries =
                inquiryNumbers(records.stream().map(c -> (Long) c[0]).toList(), shownInquiries);
        return records.stream()
                .map(c -> entry(c, inquiries.getOrDefault((Long) c[0], List.of())))
                .toList();
    }

    /** The columns {@link #entry} reads, in its order, over {@code AccessRecord r}. */
    private static final String ENTRY_COLUMNS =
            "r.id, r.accessedAt, r.staffUsername, r.clientAddress, r.action, r.fileFormat, r.reason, size(r.inquiryIds)";

    private static AccessEntry entry(Object[] c, List<Long> shownInquiries) {
        return new AccessEntry(
                (Long) c[0],
                (Instant) c[1],
                (String) c[2],
                (String) c[3],
                (AccessAction) c[4],
                (String) c[5],
                (String) c[6],
                shownInquiries,
                ((Number) c[7]).longValue());
    }

    public long count(AccessLogFilter filter) {
        QueryConditions where = filter.conditions();
        return where.bindTo(em.createQuery("select count(r) from AccessRecord r" + where.where(), Long.class))
                .getSingleResult();
    }

    /** The first {@code limit} inquiry numbers of each record, in ascending order. */
    private Map<Long, List<Long>> inquiryNumbers(List<Long> recordIds, int limit) {
        Map<Long, List<Long>> shown = new HashMap<>();
        if (recordIds.isEmpty()) {
            return shown;
        }
        em.createQuery(
                        "select r.id, n from AccessRecord r join r.inquiryIds n where r.id in :records order by r.id, n",
                        Object[].class)
                .setParameter("records", recordIds)
                .getResultStream()
                .forEach(c -> {
                    List<Long> ids = shown.computeIfAbsent((Long) c[0], k -> new ArrayList<>());
                    if (ids.size() < limit) {
                        ids.add((Long) c[1]);
                    }
                });
        return shown;
    }
}
