package kr.co.saenal.sandan.comment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.comment.PublishedComment;
import kr.co.saenal.sandan.news.web.ArticlePage;

/**
 * {@code #{articleComments}}: the approved comments under the article of this request, and their number. The
 * article page reads them first (they are part of its cache validator), so they are asked for once.
 */
@Named
@RequestScoped
public class ArticleComments {

    @Inject
    ArticlePage articlePage;

    public List<PublishedComment> getList() {
        return articlePage.getApprovedComments();
    }

    /** Approved comments only: a comment waiting for review is neither shown nor counted. */
    public int getCount() {
        return getList().size();
    }

    public boolean isModeration() {
        return articlePage.isCommentModeration();
    }
}
