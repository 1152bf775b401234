package kr.co.saenal.sandan.discovery;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kr.co.saenal.sandan.site.SiteAddress;

/**
 * {@code /robots.txt}: the public site may be crawled; the back office, the staff login and the API may not.
 * Names the sitemap with the site's absolute address.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static String rules(String base) {
        return String.join(
                "\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /admin/",
                "Disallow: /login",
                "Disallow: /api/",
                "",
                "Sitemap: " + base + "/sitemap.xml",
                "");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] text = rules(SiteAddress.base(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
