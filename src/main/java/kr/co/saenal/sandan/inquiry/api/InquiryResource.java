package kr.co.saenal.sandan.inquiry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryOrigin;
import kr.co.saenal.sandan.inquiry.InquiryReceipt;
import kr.co.saenal.sandan.inquiry.InquiryRejectedException;
import kr.co.saenal.sandan.inquiry.InquiryService;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.api.PayloadTooLargeException;
import kr.co.saenal.sandan.platform.api.RequestBodies;

/** {@code POST /api/inquiries}: a consultation request from another system or a script. */
@Path("/inquiries")
@RequestScoped
public class InquiryResource {

    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    InquiryService inquiries;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam("Content-Length") Long contentLength, InputStream body) {
        if (contentLength != null && contentLength > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException(MAX_BODY_BYTES);
        }
        InquiryJson.Parsed parsed = InquiryJson.parse(RequestBodies.strictUtf8(RequestBodies.readBounded(body, MAX_BODY_BYTES)));
        if (!parsed.typeErrors().isEmpty()) {
            throw new InquiryRejectedException(withContentErrors(parsed));
        }
        InquiryReceipt receipt = inquiries.submit(parsed.request(),
                new InquiryOrigin(InquiryChannel.API, null, http.getRemoteAddr()), null);
        URI location = uri.getBaseUriBuilder().path(InquiryResource.class).path(Long.toString(receipt.id())).build();
        return Response.created(location)
                .entity(Json.createObjectBuilder()
                        .add("id", receipt.id())
                        .add("receivedAt", receipt.receivedAt().toString())
                        .build()
                        .toString())
                .build();
    }

    /** Type errors first; then what the content rules say about the fields that could be read. */
    private List<FieldError> withContentErrors(InquiryJson.Parsed parsed) {
        Set<String> reported = parsed.typeErrors().stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(parsed.typeErrors());
        inquiries.check(parsed.request()).stream().filter(e -> !reported.contains(e.field())).forEach(all::add);
        return all;
    }
}
