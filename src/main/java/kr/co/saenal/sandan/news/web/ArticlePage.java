package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.NewsService;

/** /news/{id}/{slug}: one published article, counted as read once per page view. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    NewsService news;

    @Inject
    FacesContext faces;

    private NewsArticle article;

    /** View action, also on postback of the short consultation form below the article. */
    public void load() throws IOException {
        // The page is stateless (a transient view, see site.xhtml); say so before rendering starts, or PrimeFaces'
        // CSP support asks for a view map at the start of rendering and Faces opens an HTTP session for it.
        faces.getViewRoot().setTransient(true);
        ExternalContext external = faces.getExternalContext();
        Object id = external.getRequestMap().get(ArticleRouteFilter.ARTICLE_ID);
        Optional<NewsArticle> found = id instanceof Long articleId ? news.article(articleId) : Optional.empty();
        if (found.isEmpty()) {
            external.responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        article = found.get();
        if (faces.isPostback()) {
            return;
        }
        if (!article.slug().equals(external.getRequestMap().get(ArticleRouteFilter.ARTICLE_SLUG))) {
            external.setResponseStatus(301);
            external.setResponseHeader("Location", external.getRequestContextPath() + article.getPath());
            faces.responseComplete();
            return;
        }
        news.countReading(article.id());
        article = article.withViewCount(article.viewCount() + 1);
    }

    public NewsArticle getArticle() {
        return article;
    }
}
