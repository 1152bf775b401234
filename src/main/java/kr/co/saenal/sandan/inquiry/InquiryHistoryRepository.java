package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The notes and change events of requests. */
@ApplicationScoped
public class InquiryHistoryRepository {

    @PersistenceContext
    EntityManager em;

    public void add(InquiryNote note) {
        em.persist(note);
    }

    public void add(InquiryEvent event) {
        em.persist(event);
    }

    public Optional<InquiryNote> note(long id) {
        return Optional.ofNullable(em.find(InquiryNote.class, id));
    }

    /** The request's notes with their earlier texts, oldest first. */
    public List<InquiryNote> notes(long inquiryId) {
        return em.createQuery(
                        "select distinct n from InquiryNote n left join fetch n.revisions "
                                + "where n.inquiryId = :id order by n.writtenAt, n.id",
                        InquiryNote.class)
                .setParameter("id", inquiryId)
                .getResultList();
    }

    public List<InquiryEvent> events(long inquiryId) {
        return em.createQuery(
                        "select e from InquiryEvent e where e.inquiryId = :id order by e.happenedAt, e.id",
                        InquiryEvent.class)
                .setParameter("id", inquiryId)
                .getResultList();
    }
}
