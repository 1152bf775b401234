package kr.co.saenal.sandan.discovery;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.site.SiteAddress;

/**
 * {@code /robots.txt}: the public site may be crawled; the back office, the staff login and the API may not.
 * Naver's {@code Yeti} and {@code Googlebot} are let in by name (a crawler follows only the group that names it
 * most closely, so each group repeats the rules). Names the sitemap with the site's absolute address.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static String rules(String base) {
        List<String> lines = new ArrayList<>();
        // Naver's crawler (Yeti) and Google's by name, then everyone else: the same public site for all.
        for (String agent : List.of("Yeti", "Googlebot", "*")) {
            lines.addAll(List.of(
                    "User-agent: " + agent,
                    "Allow: /",
                    "Disallow: /admin/",
                    "Disallow: /login",
                    "Disallow: /api/",
                    ""));
        }
        lines.add("Sitemap: " + base + "/sitemap.xml");
        lines.add("");
        return String.join("\n", lines);
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
