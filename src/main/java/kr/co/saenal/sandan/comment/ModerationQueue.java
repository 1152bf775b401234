package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.Newsroom;

/** The editors' side of comments: every comment, pending ones first; approving, rejecting and deleting them. */
@ApplicationScoped
@Transactional
public class ModerationQueue {

    private static final Logger LOG = Logger.getLogger(ModerationQueue.class.getName());
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    CommentRepository comments;

    @Inject
    Newsroom newsroom;

    @Inject
    Clock clock;

    /** @param state {@code null} for every state */
    public List<CommentRow> list(CommentState state, int first, int size) {
        List<Comment> page = comments.page(state, first, Math.min(size, MAX_PAGE_SIZE));
        Map<Long, NewsArticle.NewsLink> posts =
                newsroom.links(page.stream().map(Comment::getNewsPostId).toList());
        return page.stream()
                .map(c -> CommentRow.of(c, posts.get(c.getNewsPostId())))
                .toList();
    }

    public long count(CommentState state) {
        return comments.count(state);
    }

    public long pending() {
        return count(CommentState.PENDING);
    }

    /** @return how many of the comments were found and approved */
    public int approve(Collection<Long> ids, String editor) {
        List<Comment> found = comments.find(ids);
        found.forEach(c -> c.approve(editor, clock.instant()));
        LOG.info(() -> "Comments " + ids + " approved by " + editor);
        return found.size();
    }

    public int reject(Collection<Long> ids, String editor) {
        List<Comment> found = comments.find(ids);
        found.forEach(c -> c.reject(editor, clock.instant()));
        LOG.info(() -> "Comments " + ids + " rejected by " + editor);
        return found.size();
    }

    public int delete(Collection<Long> ids, String editor) {
        List<Comment> found = comments.find(ids);
        found.forEach(comments::remove);
        LOG.info(() -> "Comments " + ids + " deleted by " + editor);
        return found.size();
    }
}
