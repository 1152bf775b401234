package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/** The editors' side of comments: every comment, pending ones first; approving, rejecting and deleting them. */
@ApplicationScoped
@Transactional
public class ModerationQueue {

    private static final Logger LOG = Logger.getLogger(ModerationQueue.class.getName());
    public static final int MAX_PAGE_SIZE = 100;

    private static final String FROM = " from Comment c join NewsPost p on p.id = c.newsPostId";
    private static final String PENDING_FIRST = " order by case when c.state = "
            + "kr.co.saenal.sandan.comment.CommentState.PENDING then 0 else 1 end, c.postedAt desc, c.id desc";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @param state {@code null} for every state */
    public List<CommentRow> list(CommentState state, int first, int size) {
        TypedQuery<CommentRow> query = em.createQuery("select " + CommentRow.COLUMNS + FROM + where(state)
                + PENDING_FIRST, CommentRow.class);
        bind(query, state);
        return query.setFirstResult(first).setMaxResults(Math.min(size, MAX_PAGE_SIZE)).getResultList();
    }

    public long count(CommentState state) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Comment c" + where(state), Long.class);
        bind(query, state);
        return query.getSingleResult();
    }

    public long pending() {
        return count(CommentState.PENDING);
    }

    /** @return how many of the comments were found and approved */
    public int approve(Collection<Long> ids, String editor) {
        List<Comment> found = find(ids);
        found.forEach(c -> c.approve(editor, clock.instant()));
        LOG.info(() -> "Comments " + ids + " approved by " + editor);
        return found.size();
    }

    public int reject(Collection<Long> ids, String editor) {
        List<Comment> found = find(ids);
        found.forEach(c -> c.reject(editor, clock.instant()));
        LOG.info(() -> "Comments " + ids + " rejected by " + editor);
        return found.size();
    }

    public int delete(Collection<Long> ids, String editor) {
        List<Comment> found = find(ids);
        found.forEach(em::remove);
        LOG.info(() -> "Comments " + ids + " deleted by " + editor);
        return found.size();
    }

    private List<Comment> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
                .setParameter("ids", ids)
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
