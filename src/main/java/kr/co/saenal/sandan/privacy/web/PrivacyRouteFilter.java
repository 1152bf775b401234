package kr.co.saenal.sandan.privacy.web;

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
 * {@code /privacy/versions/{n}}: an earlier (or the current) version of the privacy policy, served by the privacy
 * view. {@code /privacy} itself passes through; anything else under it is not found.
 */
@WebFilter(urlPatterns = "/privacy/*")
public class PrivacyRouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the version asked for to {@link PrivacyPage}. */
    static final String VERSION = "sandan.privacyVersion";

    private static final Pattern VERSION_PATH = Pattern.compile("/versions/(\\d{1,9})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.substring(Math.min(path.length(), "/privacy".length()));
        if (path.isEmpty() || path.equals(".xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        Matcher m = VERSION_PATH.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(VERSION, Integer.valueOf(m.group(1)));
        request.getRequestDispatcher("/privacy.xhtml").forward(request, response);
    }
}
