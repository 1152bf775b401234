package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The queries on readers' comments ({@code news_comment}). */
@ApplicationScoped
public class CommentRepository {

    private static final String PENDING_FIRST = " order by case when c.state = "
            + "kr.co.saenal.sandan.comment.CommentState.PENDING then 0 else 1 end, c.postedAt desc, c.id desc";

    @PersistenceContext
    EntityManager em;

    public void add(Comment comment) {
        em.persist(comment);
    }

    public void remove(Comment comment) {
        em.remove(comment);
    }

    /** A page of comments in one state ({@code null}: every state), pending ones first, newest first. */
    public List<Comment> page(CommentState state, int first, int size) {
        TypedQuery<Comment> query =
                em.createQuery("select c from Comment c" + where(state) + PENDING_FIRST, Comment.class);
        bind(query, state);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(CommentState state) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Comment c" + where(state), Long.class);
        bind(query, state);
        return query.getSingleResult();
    }

    public List<Comment> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** How many comments were left from this address since the given time. */
    public long countFrom(String clientAddress, Instant since) {
        return em.createQuery(
                        "select count(c) from Comment c where c.clientAddress = :address " + "and c.postedAt > :since",
                        Long.class)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The approved comments under an article, oldest first. */
    public List<PublishedComment> approvedUnder(long articleId) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.comment.PublishedComment(c.id, c.authorName, c.body, "
                                + "c.postedAt) from Comment c where c.newsPostId = :post and c.state = "
                                + "kr.co.saenal.sandan.comment.CommentState.APPROVED order by c.postedAt, c.id",
                        PublishedComment.class)
                .setParameter("post", articleId)
                .getResultList();
    }

    private static String where(CommentState state) {
        return state == null ? "" : " where c.state = :state";
    }

    private static void bind(TypedQuery<?> query, CommentState state) {
        if (state != null) {
            query.setParameter("state", state);
        }
    }
}
