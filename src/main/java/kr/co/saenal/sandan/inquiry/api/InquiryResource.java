package kr.co.saenal.sandan.inquiry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryDetails;
import kr.co.saenal.sandan.inquiry.InquiryFileContent;
import kr.co.saenal.sandan.inquiry.InquiryMeters;
import kr.co.saenal.sandan.inquiry.InquiryOrigin;
import kr.co.saenal.sandan.inquiry.InquiryReceipt;
import kr.co.saenal.sandan.inquiry.InquiryReception;
import kr.co.saenal.sandan.inquiry.InquiryRejectedException;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.InquiryService;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuard;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.inquiry.timeline.InquiryTimeline;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.api.MalformedRequestException;
import kr.co.saenal.sandan.platform.api.PayloadTooLargeException;
import kr.co.saenal.sandan.platform.api.RequestBodies;
import kr.co.saenal.sandan.platform.api.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/inquiries}: a consultation request from another system or a script (open to all).
 * {@code GET} ({@code ?status=&q=}, see {@link InquirySearch}) and {@code PATCH}: the consultants' view, for staff only (web.xml constraint; HTTP Basic or a
 * back-office session); lists are masked, and every look at one inquiry is written to the access log.
 */
@Path("/inquiries")
@RequestScoped
public class InquiryResource {

    /** For the staff's changes; a new request's limit is the guard policy's. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    InquiryReception reception;

    @Inject
    InquiryGuard guard;

    @Inject
    InquiryService inquiries;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Inject
    InquiryDesk desk;

    @Inject
    InquiryTimeline timeline;

    @Inject
    InquiryMeters meters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitInquiry",
            summary = "1:1 전문가 무료상담 신청",
            description = "누구나 보낼 수 있습니다. 클라이언트마다 보낼 수 있는 횟수에 한도가 있습니다(429).")
    @RequestBody(ref = "InquiryRequest")
    @APIResponse(responseCode = "201", ref = "InquiryCreated")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long contentLength,
            @Parameter(ref = "IdempotencyKey") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(hidden = true) InputStream body) {
        try {
            return receive(contentLength, idempotencyKey, body);
        } catch (NotSupportedException refused) {
            meters.refused(InquiryChannel.API, InquiryMeters.Reason.MALFORMED);
            throw refused;
        } catch (RuntimeException refused) {
            meters.refused(InquiryChannel.API, refused);
            throw refused;
        }
    }

    private Response receive(Long contentLength, String idempotencyKey, InputStream body) {
        guard.admit(http.getRemoteAddr());
        requireUtf8(headers.getMediaType());
        String encoding = headers.getHeaderString("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new NotSupportedException();
        }
        List<String> keys = headers.getRequestHeader("Idempotency-Key");
        if (keys != null && keys.size() > 1) {
            throw new MalformedRequestException(say("api.idempotencyKey.repeated"));
        }
        int maxBodyBytes = guard.policy().maxBodyBytes();
        if (contentLength != null && contentLength > maxBodyBytes) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        InquiryJson.Parsed parsed =
                InquiryJson.parse(RequestBodies.strictUtf8(RequestBodies.readBounded(body, maxBodyBytes)));
        if (!parsed.typeErrors().isEmpty()) {
            throw new InquiryRejectedException(withContentErrors(parsed));
        }
        InquiryReceipt receipt = reception.receive(
                parsed.request(),
                new InquiryOrigin(InquiryChannel.API, null, http.getRemoteAddr(), idempotencyKey(idempotencyKey)),
                null);
        URI location = uri.getBaseUriBuilder()
                .path(InquiryResource.class)
                .path(Long.toString(receipt.id()))
                .build();
        return Response.created(location)
                .header("Idempotent-Replayed", receipt.replayed() ? "true" : null)
                .entity(Jsons.PROVIDER
                        .createObjectBuilder()
                        .add("id", receipt.id())
                        .add("receivedAt", receipt.receivedAt().toString())
                        .build()
                        .toString())
                .build();
    }

    /** JSON is UTF-8 (RFC 8259); a body declared in another character set is refused, not guessed at. */
    private static void requireUtf8(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new NotSupportedException();
        }
    }

    /** A client's key for this submission: 1 to 100 visible ASCII characters (a UUID is typical), or none. */
    private static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (!header.matches("[\\x21-\\x7E]{1," + InquiryOrigin.MAX_KEY_LENGTH + "}")) {
            throw new MalformedRequestException(
                    say("api.idempotencyKey.invalid", Integer.toString(InquiryOrigin.MAX_KEY_LENGTH)));
        }
        return header;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list(
            @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @QueryParam("overdue") @DefaultValue("false") String overdue) {
        int pageNumber = positive(page, "page", Integer.MAX_VALUE / InquiryDesk.MAX_PAGE_SIZE);
        int pageSize = positive(size, "size", InquiryDesk.MAX_PAGE_SIZE);
        Instant now = clock.instant();
        InquirySearch search = new InquirySearch(
                status == null || status.isBlank() ? null : parseStatus(status),
                text,
                null,
                null,
                null,
                null,
                "true".equals(overdue) ? now : null,
                false);
        return StaffInquiryJson.page(
                desk.list(search, (pageNumber - 1) * pageSize, pageSize),
                pageNumber,
                pageSize,
                desk.count(search),
                now);
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", ref = "InquiryDetails")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject details(@PathParam("id") long id) {
        return shown(desk.open(id, actor()));
    }

    /** A document the requester sent, as a download; each opening is in the access log, as on the inquiry page. */
    @GET
    @Path("{id: \\d{1,18}}/files/{file: \\d{1,18}}")
    @Produces(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", ref = "InquiryFile")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        InquiryFileContent opened = desk.openFile(id, file, actor());
        return Response.ok(opened.content(), opened.file().kind().contentType())
                .header("Content-Disposition", opened.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @PATCH
    @Path("{id: \\d{1,18}}")
    @APIResponse(responseCode = "200", ref = "InquiryChanged")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "ChangeRefused")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("id") long id, InputStream body) {
        String text = RequestBodies.strictUtf8(RequestBodies.readBounded(body, MAX_BODY_BYTES));
        if (!(StrictJson.read(text) instanceof JsonObject json)) {
            throw new MalformedRequestException(say("api.notAnObject"));
        }
        return shown(desk.change(id, StaffInquiryJson.change(json), actor()));
    }

    private JsonObject shown(InquiryDetails details) {
        List<MailDelivery> mails = outbox.about(details.id());
        return StaffInquiryJson.details(
                details,
                mails,
                timeline.of(details, mails, security.isUserInRole("ADMIN")),
                desk.sameRequester(details),
                details.destroyed() ? List.of() : desk.files(details.id()),
                clock.instant());
    }

    private StaffActor actor() {
        return new StaffActor(security.getUserPrincipal().getName(), http.getRemoteAddr());
    }

    private static InquiryStatus parseStatus(String status) {
        try {
            return InquiryStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(List.of(new FieldError("status", StaffInquiryJson.unknownStatus())));
        }
    }

    private static int positive(String raw, String field, int max) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleViolationException(List.of(new FieldError(field, say("api.positive", Integer.toString(max)))));
    }

    private static String say(String key, Object... values) {
        return Texts.say(InquiryResource.class, key, values);
    }

    /** Type errors first; then what the content rules say about the fields that could be read. */
    private List<FieldError> withContentErrors(InquiryJson.Parsed parsed) {
        Set<String> reported =
                parsed.typeErrors().stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(parsed.typeErrors());
        inquiries.check(parsed.request()).stream()
                .filter(e -> !reported.contains(e.field()))
                .forEach(all::add);
        return all;
    }
}
