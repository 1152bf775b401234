package kr.co.saenal.sandan.inquiry.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.InquiryTopic;

/**
 * The queries of first-response targets: the holiday table, and the targets and reminders of requests still waiting
 * (접수). Reads columns, not entities; writes with conditional updates, so that several servers can run them at once.
 */
@ApplicationScoped
public class ResponseRepository {

    /** A request still waiting: when it arrived. */
    record Waiting(long id, Instant receivedAt) {}

    @PersistenceContext
    EntityManager em;

    public List<LocalDate> holidayDays() {
        return em.createQuery("select h.day from PublicHoliday h", LocalDate.class)
                .getResultList();
    }

    public List<PublicHoliday> holidays(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select h from PublicHoliday h where h.day between :from and :to order by h.day",
                        PublicHoliday.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public Optional<PublicHoliday> holiday(LocalDate day) {
        return Optional.ofNullable(em.find(PublicHoliday.class, day));
    }

    public void add(PublicHoliday holiday) {
        em.persist(holiday);
    }

    public void remove(PublicHoliday holiday) {
        em.remove(holiday);
        em.flush();
    }

    /** Every request still waiting (접수), or only those without a target ({@code untargetedOnly}), up to a limit. */
    List<Waiting> waiting(boolean untargetedOnly, int limit) {
        return em.createQuery(
                        "select i.id, i.receivedAt from Inquiry i where i.status = :waiting and i.destroyedAt is null"
                                + (untargetedOnly ? " and i.respondBy is null" : "") + " order by i.id",
                        Object[].class)
                .setParameter("waiting", InquiryStatus.RECEIVED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Waiting((Long) row[0], (Instant) row[1]))
                .toList();
    }

    void target(long id, Instant due) {
        em.createQuery("update Inquiry i set i.respondBy = :due where i.id = :id")
                .setParameter("due", due)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Requests past their target not reminded of yet, the longest waiting first. */
    List<Long> unreminded(Instant now, int limit) {
        return em.createQuery(
                        "select i.id from Inquiry i where i.status = :waiting and i.respondBy < :now "
                                + "and i.remindedAt is null and i.destroyedAt is null order by i.respondBy",
                        Long.class)
                .setParameter("waiting", InquiryStatus.RECEIVED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Marks the request reminded of if it is still overdue and nobody has: of several servers asking at once, exactly
     * one gets true (the database lets one update win; the others find the condition false once it commits).
     */
    boolean claimReminder(long id, Instant now) {
        return em.createQuery("update Inquiry i set i.remindedAt = :now where i.id = :id "
                                + "and i.remindedAt is null and i.status = :waiting and i.respondBy < :now "
                                + "and i.destroyedAt is null")
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("waiting", InquiryStatus.RECEIVED)
                        .executeUpdate()
                == 1;
    }

    Optional<ResponseReminders.Overdue> overdue(long id, Instant now) {
        return overdue("i.id = :value", id, now).stream().findFirst();
    }

    /** The overdue requests that were reminded of before {@code since}. */
    List<ResponseReminders.Overdue> remindedBefore(Instant since, Instant now) {
        return overdue("i.remindedAt < :value", since, now);
    }

    private List<ResponseReminders.Overdue> overdue(String condition, Object value, Instant now) {
        return em.createQuery(
                        "select i.id, i.topic, i.receivedAt, i.respondBy, i.assignee from Inquiry i "
                                + "where i.status = :waiting and i.destroyedAt is null and i.respondBy < :now and "
                                + condition + " order by i.respondBy, i.id",
                        Object[].class)
                .setParameter("waiting", InquiryStatus.RECEIVED)
                .setParameter("now", now)
                .setParameter("value", value)
                .getResultStream()
                .map(c -> new ResponseReminders.Overdue(
                        (Long) c[0], (InquiryTopic) c[1], (Instant) c[2], (Instant) c[3], (String) c[4]))
                .toList();
    }
}
