package kr.co.saenal.sandan.discovery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.FeedEntry;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.UnknownCategoryException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.ConditionalGet;
import kr.co.saenal.sandan.site.SiteAddress;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;

/**
 * {@code /feed.xml}: the 20 newest published posts as Atom; {@code /feed.xml?category=policy} those of one
 * category (the same query as the list page it follows, {@code /news?category=policy}). An unknown category is
 * {@code 404}. Answers carry an ETag and Last-Modified and a conditional request gets {@code 304}. The feed's title
 * is the site's name in the reader's language; the posts stay as written.
 *
 * <p>{@code /rss.xml} (and {@code /rss.xml?category=policy}) carries the same posts as RSS 2.0 ({@link RssFeed}),
 * with the same headers: the two are one feed in two formats.
 */
@WebServlet({"/feed.xml", "/rss.xml"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    @Inject
    SiteSettingsService settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String category = request.getParameter("category");
        if (category != null && category.isBlank()) {
            category = null;
        }
        List<FeedEntry> entries;
        try {
            entries = news.feed(category);
        } catch (UnknownCategoryException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SiteSettings site = settings.current();
        String base = SiteAddress.base(request);
        String query = category == null ? "" : "?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
        String title = category == null
                ? Texts.say(FeedServlet.class, "feedServlet.title", site.companyName())
                : Texts.say(FeedServlet.class, "feedServlet.categoryTitle", site.companyName(), categoryName(category));
        boolean rss = "/rss.xml".equals(request.getServletPath());
        AtomFeed feed = new AtomFeed(
                title,
                site.tagline(),
                base + (rss ? "/rss.xml" : "/feed.xml") + query,
                base + "/news" + query,
                base,
                site.companyName(),
                entries);

        byte[] xml = rss ? new RssFeed(feed, "ko").toXml() : feed.toXml();
        response.setHeader("Cache-Control", "public, max-age=300");
        // The feed's own title follows the reader's language (the switch's cookie, else the browser's).
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (ConditionalGet.answeredNotModified(request, response, ConditionalGet.etagOf(xml), feed.updated())) {
            return;
        }
        response.setContentType(rss ? RssFeed.CONTENT_TYPE : AtomFeed.CONTENT_TYPE);
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    private String categoryName(String slug) {
        return news.categories().stream()
                .filter(c -> c.slug().equals(slug))
                .map(CategoryView::name)
                .findFirst()
                .orElse(slug);
    }
}
