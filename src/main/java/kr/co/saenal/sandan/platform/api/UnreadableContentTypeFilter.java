package kr.co.saenal.sandan.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kr.co.saenal.sandan.platform.Texts;

/**
 * A {@code Content-Type} that is not a media type at all ({@code json}, {@code ;;}) makes RESTEasy give up before
 * any exception mapper runs, and the container would answer with its HTML error page. The API answers with a
 * problem document instead.
 */
@WebFilter("/api/*")
public class UnreadableContentTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !readable(contentType)) {
            Problem problem = Problem.of(
                            Status.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type",
                            Texts.say(Problem.class, "problem.unsupported-media-type.title"))
                    .detail(Texts.say(Problem.class, "problem.unsupported-media-type.unreadable"));
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem.json());
            ProblemLog.answered(
                    request.getMethod(), request.getRequestURI(), problem.status(), "unsupported-media-type");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readable(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
