package kr.co.saenal.sandan.platform.api;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.Jsons;

/**
 * One log line for every problem document the API answers, so that the {@code requestId} a client reports is found
 * in the log even when nothing failed on the server (a refused request). Method, path, status and problem type only:
 * never the body or the query, which may carry personal data. Server errors are logged with their cause where they
 * are mapped ({@link ProblemMappers.Unexpected}).
 */
@Provider
public class ProblemLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ProblemLog.class.getName());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Problem.MEDIA_TYPE.isCompatible(response.getMediaType()) && response.getStatus() < 500) {
            Object body = response.getEntity();
            answered(
                    request.getMethod(),
                    request.getUriInfo().getRequestUri().getRawPath(),
                    response.getStatus(),
                    body == null ? "" : typeOf(body.toString()));
        }
    }

    static void answered(String method, String path, int status, String type) {
        LOG.info(() -> "API " + method + " " + path + " answered " + status + " " + type);
    }

    private static String typeOf(String json) {
        try (JsonReader reader = Jsons.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject().getString("type", "").replace(Problem.TYPE_BASE, "");
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }
}
