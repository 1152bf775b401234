package kr.co.saenal.sandan.complex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.co.saenal.sandan.complex.Sido;

/**
 * Region addresses: {@code /complexes/regions/{시도}} is served by the region view; an unknown 시도, or anything else
 * under {@code /complexes/regions}, is not found.
 */
@WebFilter(urlPatterns = "/complexes/regions/*")
public class RegionRouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the {@link Sido} to {@link RegionPage}. */
    public static final String SIDO = "sandan.regionSido";

    static final String VIEW = "/complex-region.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String rest = path.substring("/complexes/regions".length());
        Sido sido = rest.startsWith("/") ? Sido.ofSlug(rest.substring(1)) : null;
        if (sido == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SIDO, sido);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
