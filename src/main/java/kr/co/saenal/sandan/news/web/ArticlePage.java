package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.NewsSummary;
import kr.co.saenal.sandan.platform.guard.FormStamps;
import kr.co.saenal.sandan.platform.web.ConditionalGet;
import kr.co.saenal.sandan.platform.web.Language;
import kr.co.saenal.sandan.platform.web.PerAnswer;
import kr.co.saenal.sandan.site.web.SiteInfo;

/**
 * /news/{id}/{slug}: one published article with its neighbours, other posts of its category and the data search
 * engines and messengers read (canonical URL, OpenGraph, JSON-LD). The page never opens an HTTP session and sets no
 * cookie, so the page cache serves it to every anonymous reader: what differs per reader (form stamps, the reading
 * token) is marked {@link PerAnswer}, and the reading is counted by the page's script ({@link ReadingServlet}).
 */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    NewsService news;

    @Inject
    FacesContext faces;

    @Inject
    SiteInfo site;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<ArticlePagePart> parts;

    @Inject
    SiteNavigation navigation;

    @Inject
    Language language;

    @Inject
    FormStamps stamps;

    private NewsArticle article;
    private List<NewsSummary> related;
    private List<ComplexPick> complexes;
    private String readingToken;

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
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setHeader("Cache-Control", "no-cache");
        if (ConditionalGet.answeredNotModified(
                (HttpServletRequest) external.getRequest(), response, entityTag(external), null)) {
            faces.responseComplete();
        }
    }

    /**
     * A weak validator of everything the page shows but the view count (which changes with every new reader, while a
     * returning reader's copy stays good): the article, its related posts, what other features show under it
     * ({@link ArticlePagePart}: comments, the consent notice), the site's settings, the categories in the menu, the
     * language and the query. The page renders new nonces and form stamps every time, so its bytes cannot be the
     * validator.
     */
    private String entityTag(ExternalContext external) {
        // The body and summary are not hashed: every edit of them moves modifiedAt.
        String articlePart = String.join(
                "|",
                Long.toString(article.id()),
                String.valueOf(article.modifiedAt()),
                String.valueOf(article.publishedAt()),
                article.title(),
                article.slug(),
                article.categorySlug(),
                article.categoryName(),
                article.authorName(),
                String.valueOf(article.coverImageId()),
                String.valueOf(article.coverAlt()),
                String.valueOf(article.coverCaption()),
                String.valueOf(article.previous()),
                String.valueOf(article.next()));
        String otherParts = parts.stream()
                .sorted(Comparator.comparing(part -> part.getClass().getName()))
                .map(part -> part.validatorPart(article.id()))
                .collect(Collectors.joining("\u0000"));
        String shown = String.join(
                "\u0000",
                articlePart,
                getRelated().toString(),
                getComplexes().toString(),
                otherParts,
                site.getSettings().toString(),
                navigation.getCategories().toString(),
                language.getTag(),
                String.valueOf(((HttpServletRequest) external.getRequest()).getQueryString()));
        return "W/" + ConditionalGet.etagOf(shown.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The signed token the page's script reports the reading with ({@link ReadingServlet}); made afresh for every
     * answer when the page is served from the page cache.
     */
    public String getReadingToken() {
        if (article == null) {
            return "";
        }
        if (readingToken == null) {
            long id = article.id();
            readingToken = stamps.issue(id, clock.instant());
            FormStamps issuer = stamps;
            Clock time = clock;
            PerAnswer.mark(
                    (ServletRequest) faces.getExternalContext().getRequest(),
                    readingToken,
                    () -> issuer.issue(id, time.instant()));
        }
        return readingToken;
    }

    public NewsArticle getArticle() {
        return article;
    }

    /*
     * The getters below are also asked while a postback of the short consultation form is decoded, before the view
     * action has loaded the article: without it they answer nothing.
     */

    /** The complexes the article is tagged with, by name: links to their pages under the article. */
    public List<ComplexPick> getComplexes() {
        if (article == null) {
            return List.of();
        }
        if (complexes == null) {
            complexes = news.complexesOf(article.id());
        }
        return complexes;
    }

    /** Up to three other posts of the same category, newest first. */
    public List<NewsSummary> getRelated() {
        if (article == null) {
            return List.of();
        }
        if (related == null) {
            related = news.related(article);
        }
        return related;
    }

    /** The NewsArticle JSON-LD, ready to stand inside a script element. */
    public String getNewsArticleJsonLd() {
        return article == null
                ? ""
                : ArticleStructuredData.scriptText(structuredData().newsArticle());
    }

    /** The BreadcrumbList JSON-LD (홈 › category › article). */
    public String getBreadcrumbJsonLd() {
        return article == null
                ? ""
                : ArticleStructuredData.scriptText(structuredData().breadcrumbs());
    }

    /** The cover's 960-pixel copy as an absolute URL, or {@code null} without a cover. */
    public String getCoverUrl() {
        return article == null || article.coverImageId() == null
                ? null
                : structuredData().coverUrl();
    }

    private ArticleStructuredData structuredData() {
        return new ArticleStructuredData(article, site.getBaseUrl(), site.getCompanyName());
    }
}
