package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.QueryConditions;

/** The queries on consultation requests; lists read columns into rows, not entities. */
@ApplicationScoped
public class InquiryRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Inquiry inquiry) {
        em.persist(inquiry);
    }

    public Optional<Inquiry> find(long id) {
        return Optional.ofNullable(em.find(Inquiry.class, id));
    }

    public Optional<Inquiry> bySubmissionKey(String key) {
        return em.createQuery("select i from Inquiry i where i.submissionKey = :key", Inquiry.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Those the search finds, in the given order. One statement: rows are read as columns, not entities. */
    public List<InquiryRow> rows(InquirySearch search, InquirySort sort, int offset, int limit) {
        QueryConditions where = search.conditions();
        return where.bindTo(em.createQuery(
                        "select " + InquiryRow.COLUMNS + " from Inquiry i" + where.where() + sort.orderBy(),
                        Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(InquiryRow::of)
                .toList();
    }

    public long count(InquirySearch search) {
        QueryConditions where = search.conditions();
        return where.bindTo(em.createQuery("select count(i) from Inquiry i" + where.where(), Long.class))
                .getSingleResult();
    }

    /**
     * What a search finds, newest first, as the given columns of {@code Inquiry i join i.consent c}: exports read
     * every column of the requester and the consent, not entities.
     */
    public List<Object[]> columnsWithConsent(InquirySearch search, String columns, int limit) {
        QueryConditions where = search.conditions();
        return where.bindTo(em.createQuery(
                        "select " + columns + " from Inquiry i join i.consent c" + where.where()
                                + " order by i.receivedAt desc, i.id desc",
                        Object[].class))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Finished requests closed before the given time whose personal data is still there. */
    public List<Inquiry> closedBefore(Instant before) {
        return em.createQuery(
                        "select i from Inquiry i where i.status = :done and i.closedAt < :before "
                                + "and i.destroyedAt is null",
                        Inquiry.class)
                .setParameter("done", InquiryStatus.DONE)
                .setParameter("before", before)
                .getResultList();
    }

    /** How many requests are in one of the states (all when none is given). */
    public long countIn(Collection<InquiryStatus> states) {
        return em.createQuery("select count(i) from Inquiry i where i.status in :states", Long.class)
                .setParameter("states", states)
                .getSingleResult();
    }

    /** How many requests arrived since the given time. */
    public long countReceivedSince(Instant since) {
        return em.createQuery("select count(i) from Inquiry i where i.receivedAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** When each request since the given time arrived. */
    public List<Instant> receivedSince(Instant since) {
        return em.createQuery("select i.receivedAt from Inquiry i where i.receivedAt >= :since", Instant.class)
                .setParameter("since", since)
                .getResultList();
    }

    /** Requests sent from the post's page forget which page that was. */
    public void unlinkPost(long postId) {
        em.createQuery("update Inquiry i set i.newsPostId = null where i.newsPostId = :id")
                .setParameter("id", postId)
                .executeUpdate();
    }

    /**
     * Other requests with the same phone number or e-mail address (any case), newest first: a destroyed request
     * keeps neither, so only those still within the retention period are found.
     */
    public List<InquiryRow> sameRequester(long id, String phone, String email) {
        return em.createQuery(
                        "select " + InquiryRow.COLUMNS + " from Inquiry i where i.id <> :id and i.destroyedAt is null "
                                + "and (i.phone = :phone or lower(i.email) = :email) "
                                + "order by i.receivedAt desc, i.id desc",
                        Object[].class)
                .setParameter("id", id)
                .setParameter("phone", phone)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(50)
                .getResultStream()
                .map(InquiryRow::of)
                .toList();
    }

    public long count() {
        return em.createQuery("select count(i) from Inquiry i", Long.class).getSingleResult();
    }
}
