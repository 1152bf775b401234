package kr.co.saenal.sandan.complex.web;

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
 * Readable addresses of a complex's page: {@code /complexes/{id}} and {@code /complexes/{id}/{slug}} are served by
 * the complex view ({@link ComplexPage}, which sends a wrong or missing slug to the canonical address). Everything
 * else under /complexes — the list itself and {@code /complexes/regions/…} — passes through to its own page; any
 * other address that starts with a number but is not a complex's is not found.
 */
@WebFilter(urlPatterns = "/complexes/*")
public class ComplexRouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the complex's id to {@link ComplexPage}. */
    public static final String COMPLEX_ID = "sandan.complexId";

    public static final String COMPLEX_SLUG = "sandan.complexSlug";

    private static final Pattern NUMBERED = Pattern.compile("/\\d.*");
    private static final Pattern COMPLEX = Pattern.compile("/(\\d{1,18})(?:/([^/]*))?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Relative to the filter's own mapping: getPathInfo() would be relative to whichever servlet serves the URL.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.substring("/complexes".length());
        if (!NUMBERED.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Matcher m = COMPLEX.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(COMPLEX_ID, Long.valueOf(m.group(1)));
        request.setAttribute(COMPLEX_SLUG, m.group(2));
        request.getRequestDispatcher("/complex.xhtml").forward(request, response);
    }
}
