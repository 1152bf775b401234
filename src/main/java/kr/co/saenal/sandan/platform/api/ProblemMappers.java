package kr.co.saenal.sandan.platform.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.Refusal;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.guard.TooManyRequestsException;

/** Every failure of the API becomes an RFC 9457 problem with a Korean title; internals never reach the client. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class Rejected implements ExceptionMapper<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            return Problem.of(Status.BAD_REQUEST, "validation", "입력값을 확인해 주세요.")
                    .detail("요청의 일부 항목이 올바르지 않아 처리하지 않았습니다.")
                    .errors(e.errors())
                    .toResponse();
        }
    }

    @Provider
    public static class Malformed implements ExceptionMapper<MalformedRequestException> {
        @Override
        public Response toResponse(MalformedRequestException e) {
            return Problem.of(Status.BAD_REQUEST, "malformed-request", "요청을 읽을 수 없습니다.")
                    .detail(e.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<PayloadTooLargeException> {
        @Override
        public Response toResponse(PayloadTooLargeException e) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "요청이 너무 큽니다.")
                    .detail("요청 본문은 " + (e.limit() / 1024) + "KiB를 넘을 수 없습니다.")
                    .toResponse();
        }
    }

    @Provider
    public static class TooMany implements ExceptionMapper<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            return Problem.of(Status.TOO_MANY_REQUESTS, "too-many-requests", "요청이 너무 많습니다.")
                    .detail(e.retryAfterKorean() + " 뒤에 다시 보내 주세요.")
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
            Problem problem = Problem.of(status(refusal.kind()), refusal.problemType(),
                    Texts.format(e.getClass(), locale, key + ".title"));
            String detail = Texts.format(e.getClass(), locale, key + ".detail", refusal.detailArguments().toArray());
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
                problem = Problem.of(status, "not-found", "찾는 자료가 없습니다.");
            } else if (e instanceof NotSupportedException) {
                problem = Problem.of(status, "unsupported-media-type", "지원하지 않는 형식입니다.")
                        .detail("Content-Type: application/json (UTF-8)으로, 압축(Content-Encoding) 없이 보내 주세요.");
            } else if (e instanceof NotAllowedException) {
                problem = Problem.of(status, "method-not-allowed", "허용되지 않는 요청 방식입니다.");
            } else if (e instanceof NotAcceptableException) {
                problem = Problem.of(status, "not-acceptable", "요청한 응답 형식을 제공할 수 없습니다.");
            } else if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return Unexpected.answer(e);
            } else {
                problem = Problem.of(status, "http-" + status.getStatusCode(), "요청을 처리할 수 없습니다.");
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
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API failure, incident " + incident, e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error", "일시적인 오류가 발생했습니다.")
                    .detail("잠시 후 다시 시도해 주세요. 문제가 계속되면 대표번호로 연락해 주세요. (오류 번호 " + incident + ")")
                    .toResponse();
        }
    }
}
