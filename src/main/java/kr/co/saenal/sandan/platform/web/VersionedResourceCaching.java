package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets browsers keep the site's own resources for a year when the address names the version this server has
 * ({@link VersionedResources}). Any other version (a node of a cluster that is not upgraded yet, asked for the new
 * file) must be checked again ({@code no-cache}), so that an old file is never kept under a new address.
 */
@WebFilter("/jakarta.faces.resource/*")
public class VersionedResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter("v");
        String name = resourceName(request);
        if (requested == null || name == null || !name.startsWith(VersionedResources.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String cacheControl = VersionedResources.versionOf(name, request.getServletContext())
                        .filter(requested::equals)
                        .isPresent()
                ? IMMUTABLE
                : "no-cache";
        response.setHeader("Cache-Control", cacheControl);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String header, String value) {
                super.setHeader(header, "Cache-Control".equalsIgnoreCase(header) ? cacheControl : value);
            }

            @Override
            public void setDateHeader(String header, long date) {
                if (!"Expires".equalsIgnoreCase(header)) { // Cache-Control says how long
                    super.setDateHeader(header, date);
                }
            }
        });
    }

    /** {@code /jakarta.faces.resource/sandan/css/site.css.xhtml} → {@code sandan/css/site.css}. */
    private static String resourceName(HttpServletRequest request) {
        String path = request.getRequestURI()
                .substring(request.getContextPath().length() + "/jakarta.faces.resource/".length());
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : null;
    }
}
