package kr.co.saenal.sandan.comment;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.platform.KoreanTime;

/** One line of the moderation queue: the comment and the article it was left under. */
public record CommentRow(long id, long postId, String postTitle, String postSlug, String authorName, String body,
        CommentState state, Instant postedAt, String moderatedBy) implements Serializable {

    static final String COLUMNS = "new kr.co.saenal.sandan.comment.CommentRow(c.id, p.id, p.title, p.slug, "
            + "c.authorName, c.body, c.state, c.postedAt, c.moderatedBy)";

    public String getPostPath() {
        return ArticlePaths.of(postId, postSlug);
    }

    public String getPostedAtText() {
        return KoreanTime.compact(postedAt);
    }

    public boolean isPending() {
        return state == CommentState.PENDING;
    }
}
