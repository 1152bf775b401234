package kr.co.saenal.sandan.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.web.RequestIds;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), the body of every API error. Its extension member
 * {@code requestId} names the request in the server's log ({@link RequestIds}).
 */
public final class Problem {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    public static final String TYPE_BASE = "https://sandan.saenal.example/problems/";

    private final int status;
    private final String type;
    private final String title;
    private String detail;
    private List<FieldError> errors = List.of();

    private Problem(int status, String type, String title) {
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** @param type a short slug (validation, not-found, ...) appended to {@link #TYPE_BASE} */
    public static Problem of(Response.StatusType status, String type, String title) {
        return new Problem(status.getStatusCode(), TYPE_BASE + type, title);
    }

    public Problem detail(String detail) {
        this.detail = detail;
        return this;
    }

    public Problem errors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
        return this;
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    /** For answers that need a header besides the body ({@code Retry-After}). */
    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(json());
    }

    /** The document as JSON text, for the rare answer written outside JAX-RS. */
    public String json() {
        JsonObjectBuilder body = Jsons.PROVIDER
                .createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        RequestIds.current().ifPresent(id -> body.add("requestId", id));
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.PROVIDER.createArrayBuilder();
            errors.forEach(e -> list.add(
                    Jsons.PROVIDER.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return body.build().toString();
    }

    public int status() {
        return status;
    }
}
