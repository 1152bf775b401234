package kr.co.saenal.sandan.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;

/**
 * For tests that run as a client (a browser): {@code POST /test-overdue/ID} moves request ID's first-response target
 * a minute into the past, as a working day passing would. Deployed with the test tree only.
 */
@WebServlet("/test-overdue/*")
public class OverdueRequests extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Backdating backdating;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/\\d{1,18}")) {
            response.setStatus(404);
            return;
        }
        backdating.pastItsTarget(Long.parseLong(path.substring(1)), Instant.now());
        response.setStatus(204);
    }

    /** Makes request {@code id} overdue, through the deployment at {@code base} (e.g. http://127.0.0.1:8080/). */
    public static void make(String base, long id) throws Exception {
        var reply = Http.clientBuilder()
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(base).resolve("/test-overdue/" + id))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        if (reply.statusCode() != 204) {
            throw new AssertionError("Could not make request " + id + " overdue: " + reply.statusCode());
        }
    }
}
