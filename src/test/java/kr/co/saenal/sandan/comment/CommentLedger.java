package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** What in-container tests read straight from the comment table. */
@ApplicationScoped
@Transactional
public class CommentLedger {

    @PersistenceContext
    EntityManager em;

    public List<Comment> under(long postId) {
        return em.createQuery("select c from Comment c where c.newsPostId = :post order by c.id", Comment.class)
                .setParameter("post", postId)
                .getResultList();
    }

    public long fromAddressSince(String address, Instant since) {
        return em.createQuery(
                        "select count(c) from Comment c where c.clientAddress = :a and c.postedAt > :since", Long.class)
                .setParameter("a", address)
                .setParameter("since", since)
                .getSingleResult();
    }

    public long countUnderWithNativeQuery(long postId) {
        return ((Number) em.createNativeQuery("select count(*) from news_comment where news_post_id = ?")
                        .setParameter(1, postId)
                        .getSingleResult())
                .longValue();
    }
}
