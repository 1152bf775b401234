package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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

    public long count() {
        return em.createQuery("select count(i) from Inquiry i", Long.class).getSingleResult();
    }
}
