package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The requesters' documents: listed as columns, their bytes read one file at a time. */
@ApplicationScoped
public class InquiryFileRepository {

    @PersistenceContext
    EntityManager em;

    void add(InquiryFile file) {
        em.persist(file);
    }

    List<InquiryFileRow> of(long inquiryId) {
        return em.createQuery(
                        "select " + InquiryFileRow.COLUMNS
                                + " from InquiryFile f where f.inquiryId = :id order by f.position",
                        Object[].class)
                .setParameter("id", inquiryId)
                .getResultStream()
                .map(InquiryFileRow::of)
                .toList();
    }

    Optional<byte[]> content(long inquiryId, long fileId) {
        return em.createQuery(
                        "select f.content from InquiryFile f where f.id = :file and f.inquiryId = :inquiry",
                        byte[].class)
                .setParameter("file", fileId)
                .setParameter("inquiry", inquiryId)
                .getResultStream()
                .findFirst();
    }

    void removeAll(long inquiryId) {
        em.createQuery("delete from InquiryFile f where f.inquiryId = :id")
                .setParameter("id", inquiryId)
                .executeUpdate();
    }
}
