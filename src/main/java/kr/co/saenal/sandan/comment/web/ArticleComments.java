package kr.co.saenal.sandan.comment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.comment.CommentDesk;
import kr.co.saenal.sandan.comment.PublishedComment;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.web.ArticlePage;
import kr.co.saenal.sandan.news.web.ArticlePagePart;

/**
 * {@code #{articleComments}}: the approved comments under the article of this request, and their number, read once
 * per request. They are part of the article page's cache validator (read then, before the page renders them).
 */
@Named
@RequestScoped
public class ArticleComments implements ArticlePagePart {

    @Inject
    ArticlePage articlePage;

    @Inject
    CommentDesk desk;

    private List<PublishedComment> list;
    private Boolean moderation;

    public List<PublishedComment> getList() {
        if (list == null) {
            NewsArticle article = articlePage.getArticle();
            list = article == null ? List.of() : desk.approved(article.id());
        }
        return list;
    }

    /** Approved comments only: a comment waiting for review is neither shown nor counted. */
    public int getCount() {
        return getList().size();
    }

    public boolean isModeration() {
        if (moderation == null) {
            moderation = desk.policy().moderation();
        }
        return moderation;
    }

    @Override
    public String validatorPart(long articleId) {
        return "comments " + getList() + " moderation " + isModeration();
    }
}
