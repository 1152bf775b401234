package kr.co.saenal.sandan.media;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses upload forms larger than the image limit plus the form around it before Faces parses them: the answer
 * is {@code 413} with a Korean page (error/413.html), not a failure deep in multipart parsing. The body is read
 * and discarded first, so that browsers show the page instead of a broken connection; Undertow's
 * {@code max-post-size} (wildfly-config/server.cli) still cuts off anything larger than that.
 */
@WebFilter(filterName = "uploadSizeFilter", servletNames = "Faces Servlet")
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * A request attribute set by a filter mapped by path that has held a form to a larger limit of its own (the post
     * editor's attachments); this filter then lets the form pass.
     */
    public static final String CHECKED_ELSEWHERE = UploadSizeFilter.class.getName() + ".checkedElsewhere";

    @Inject
    ImageLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && request.getAttribute(CHECKED_ELSEWHERE) == null
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limits.maxRequestBytes()) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream body = request.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // larger than Undertow's max-post-size: the connection closes after the answer
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = request.getServletContext().getResourceAsStream("/error/413.html")) {
            String html =
                    new String(page.readAllBytes(), StandardCharsets.UTF_8).replace("{{limit}}", limits.maxSizeText());
            response.getWriter().write(html);
        }
    }
}
