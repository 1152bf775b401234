package kr.co.saenal.sandan.news.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.news.RedirectLookup;

/**
 * Old addresses answer {@code 301} to where they lead now ({@link RedirectLookup}: from memory, no statement per
 * request): the old site's links and guids after an import, a post's address before an editor changed it, and those
 * an editor added. Declared first in web.xml, so it answers before the page cache and the pages; only GET and HEAD,
 * never the back office, the API, media or resources.
 */
public class RedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final List<String> PASSED =
            List.of("/admin/", "/api/", "/media/", "/resources/", "/jakarta.faces.resource/");

    @Inject
    RedirectLookup lookup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        String context = request.getContextPath();
        String uri = request.getRequestURI();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        for (String passed : PASSED) {
            if (path.startsWith(passed)) {
                chain.doFilter(request, response);
                return;
            }
        }
        Optional<RedirectLookup.Answer> answer = lookup.find(path, request.getQueryString());
        if (answer.isEmpty() || answer.get().location().equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", context + answer.get().location());
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(0);
    }
}
