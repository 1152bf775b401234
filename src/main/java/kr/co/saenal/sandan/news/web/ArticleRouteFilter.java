package kr.co.saenal.sandan.news.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable article addresses: {@code /news/{id}} and {@code /news/{id}/{slug}} are served by the article view.
 * {@code /news} itself is the list and passes through, as does {@link ReadingServlet}'s address; anything else under
 * /news is not found.
 */
@WebFilter(urlPatterns = "/news/*")
public class ArticleRouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the article id to {@link ArticlePage}. */
    public static final String ARTICLE_ID = "sandan.articleId";

    public static final String ARTICLE_SLUG = "sandan.articleSlug";

    private static final Pattern ARTICLE = Pattern.compile("/(\\d{1,18})(?:/([^/]*))?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Relative to the filter's own mapping: getPathInfo() would be relative to whichever servlet serves the URL.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.substring("/news".length());
        if (path.isEmpty() || path.equals("/") || ("/news" + path).equals(ReadingServlet.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        Matcher m = ARTICLE.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(ARTICLE_ID, Long.valueOf(m.group(1)));
        request.setAttribute(ARTICLE_SLUG, m.group(2));
        request.getRequestDispatcher("/article.xhtml").forward(request, response);
    }
}
