package kr.co.saenal.sandan.platform.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.RandomTokens;
import kr.co.saenal.sandan.platform.Refusal;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.guard.TooManyRequestsException;
import kr.co.saenal.sandan.platform.web.RequestIds;

/**
 * Every failure of the API becomes an RFC 9457 problem whose title and detail are said in the request's language
 * (Korean unless it asks for English, platform's {@code problem.<type>.*} texts); internals never reach the client.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** One of the platform's texts, in the language of the request being answered. */
    static String say(String key, Object... values) {
        return Texts.say(ProblemMappers.class, key, values);
    }

    @Provider
    public static class Rejected implements ExceptionMapper<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            return Problem.of(Status.BAD_REQUEST, "validation", say("problem.validation.title"))
                    .detail(say("problem.validation.detail"))
                    .errors(e.errors())
                    .toResponse();
        }
    }

    @Provider
    public static class Malformed implements ExceptionMapper<MalformedRequestException> {
        @Override
        public Response toResponse(MalformedRequestException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-request", say("problem.malformed-request.title"))
                    .detail(e.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<PayloadTooLargeException> {
        @Override
        public Response toResponse(PayloadTooLargeException e) {
            String title = say("problem.payload-too-large.title");
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", title)
                    .detail(say("problem.payload-too-large.detail", Long.toString(e.limit() / 1024)))
                    .toResponse();
        }
    }

    @Provider
    public static class TooMany implements ExceptionMapper<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            return Problem.of(Status.TOO_MANY_REQUESTS, "too-many-requests", say("problem.too-many-requests.title"))
                    .detail(say("problem.too-many-requests.detail", e.retryAfterText()))
                    .toResponseBuilder()
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }

    /**
     * A feature's {@link Refusal}, answered in the request's language (Korean unless it asks for English); any other
     * unchecked exception is unexpected.
     */
    @Provider
    public static class Refused implements ExceptionMapper<RuntimeException> {

        @Override
        public Response toResponse(RuntimeException e) {
            if (!(e instanceof Refusal refusal)) {
                return Unexpected.answer(e);
            }
            Locale locale = Texts.current();
            String key = "problem." + refusal.problemType();
            Problem problem = Problem.of(
                    status(refusal.kind()), refusal.problemType(), Texts.format(e.getClass(), locale, key + ".title"));
            String detail = Texts.format(
                    e.getClass(),
                    locale,
                    key + ".detail",
                    refusal.detailArguments().toArray());
            return (detail.isBlank() ? problem : problem.detail(detail)).toResponse();
        }

        private static Response.StatusType status(Refusal.Kind kind) {
            return switch (kind) {
                case NOT_FOUND -> Status.NOT_FOUND;
                case CONFLICT -> Status.CONFLICT;
                case UNPROCESSABLE -> UNPROCESSABLE_CONTENT;
            };
        }

        /** 422 has no constant in JAX-RS 3.1. */
        private static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return 422;
            }

            @Override
            public Status.Family getFamily() {
                return Status.Family.CLIENT_ERROR;
            }

            @Override
            public String getReasonPhrase() {
                return "Unprocessable Content";
            }
        };
    }

    /** Errors JAX-RS itself raises: unknown path, wrong method, wrong media type. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            Problem problem;
            if (e instanceof NotFoundException) {
                problem = Problem.of(status, "not-found", say("problem.not-found.title"));
            } else if (e instanceof NotSupportedException) {
                problem = Problem.of(status, "unsupported-media-type", say("problem.unsupported-media-type.title"))
                        .detail(say("problem.unsupported-media-type.detail"));
            } else if (e instanceof NotAllowedException) {
                problem = Problem.of(status, "method-not-allowed", say("problem.method-not-allowed.title"));
            } else if (e instanceof NotAcceptableException) {
                problem = Problem.of(status, "not-acceptable", say("problem.not-acceptable.title"));
            } else if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return Unexpected.answer(e);
            } else {
                problem = Problem.of(status, "http-" + status.getStatusCode(), say("problem.http.title"));
            }
            Response problemResponse = problem.toResponse();
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> problemResponse.getHeaders().add(name, v));
                }
            });
            return problemResponse;
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            return answer(e);
        }

        static Response answer(Throwable e) {
            String incident =
                    RequestIds.current().orElseGet(() -> RandomTokens.uuid().toString());
            LOG.log(Level.SEVERE, "API failure, incident " + incident, e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error", say("problem.internal-error.title"))
                    .detail(say("problem.internal-error.detail", incident))
                    .toResponse();
        }
    }
}
