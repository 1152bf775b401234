package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * A form with a file input sent without {@code multipart/form-data} (a script, an old client, a hand-made POST) has
 * no files rather than failing: the Servlet API throws when such a request is asked for its parts, and Faces asks for
 * them to decode {@code h:inputFile}. The other fields are read as usual.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PlainFormParts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        chain.doFilter(
                "POST".equals(request.getMethod()) && !multipart ? new WithoutParts(request) : request, response);
    }

    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
