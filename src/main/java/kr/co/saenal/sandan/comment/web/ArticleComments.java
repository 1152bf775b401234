package kr.co.saenal.sandan.comment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.comment.CommentDesk;
import kr.co.saenal.sandan.comment.PublishedComment;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.web.ArticlePage;

/** {@code #{articleComments}}: the approved comments under the article of this request, and their number. */
@Named
@RequestScoped
public class ArticleComments {

    @Inject
    ArticlePage articlePage;

    @Inject
    CommentDesk desk;

    private List<PublishedComment> approved;
    private Boolean moderation;

    public List<PublishedComment> getList() {
        if (approved == null) {
            NewsArticle article = articlePage.getArticle();
            approved = article == null ? List.of() : desk.approved(article.id());
        }
        return approved;
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
}
