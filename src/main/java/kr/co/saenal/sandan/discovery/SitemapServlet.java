package kr.co.saenal.sandan.discovery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.platform.web.ConditionalGet;
import kr.co.saenal.sandan.site.SiteAddress;

/** {@code /sitemap.xml} for search engines ({@link Sitemap}), with ETag, Last-Modified and 304. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    @Inject
    ComplexDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sitemap sitemap =
                new Sitemap(SiteAddress.base(request), news.categories(), news.sitemap(), directory.sitemap());
        byte[] xml = sitemap.toXml();
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (ConditionalGet.answeredNotModified(request, response, ConditionalGet.etagOf(xml), sitemap.lastModified())) {
            return;
        }
        response.setContentType(Sitemap.CONTENT_TYPE);
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }
}
