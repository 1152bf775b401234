package kr.co.saenal.sandan.comment;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.platform.KoreanTime;

/** One line of the moderation queue: the comment and the article it was left under. */
public record CommentRow(
        long id,
        long postId,
        String postTitle,
        String postSlug,
        String authorName,
        String body,
        CommentState state,
        Instant postedAt,
        String moderatedBy)
        implements Serializable {

    /** The comment and its article ({@code null} when the article is gone). */
    static CommentRow of(Comment c, NewsArticle.NewsLink post) {
        return new CommentRow(
                c.getId(),
                c.getNewsPostId(),
                post == null ? "" : post.title(),
                post == null ? "" : post.slug(),
                c.getAuthorName(),
                c.getBody(),
                c.getState(),
                c.getPostedAt(),
                c.getModeratedBy());
    }

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
