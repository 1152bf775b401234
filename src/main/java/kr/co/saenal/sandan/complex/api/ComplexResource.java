package kr.co.saenal.sandan.complex.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.ConditionalGet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The directory as JSON, open to all (KICOX's public statistics; GETs carry no abuse limit, like the news API):
 * {@code GET /api/complexes} with the list page's filters ({@link ComplexListParameters}: every value it cannot use
 * is a {@code 400} problem naming the parameter), paged ({@code size} at most 100) with links to the other pages in
 * the body and in {@code Link}; {@code GET /api/complexes/{id}} with the complex's quarters, bundle and trend
 * figures. Both answer in the language {@code Accept-Language} asks for (labels, the source line), carry a strong
 * {@code ETag} of their bytes, answer {@code 304} to a matching {@code If-None-Match}, and may be kept five minutes
 * by any cache.
 */
@Path("/complexes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplexResource {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    ComplexDirectory directory;

    @Context
    Request request;

    @GET
    @Operation(
            operationId = "listComplexes",
            summary = "Industrial complexes (KICOX statistics of the newest quarter), filtered and paged")
    @APIResponse(responseCode = "200", ref = "ComplexList")
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "ComplexBadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(
            @Parameter(ref = "ComplexSido") @QueryParam("sido") String sido,
            @Parameter(ref = "ComplexType") @QueryParam("type") String type,
            @Parameter(ref = "ComplexStatus") @QueryParam("status") String status,
            @Parameter(ref = "ComplexAged") @QueryParam("aged") String aged,
            @Parameter(ref = "ComplexMinRate") @QueryParam("minRate") String minRate,
            @Parameter(ref = "ComplexMaxRate") @QueryParam("maxRate") String maxRate,
            @Parameter(ref = "ComplexText") @QueryParam("q") String q,
            @Parameter(ref = "ComplexSort") @QueryParam("sort") String sort,
            @Parameter(ref = "ComplexOrder") @QueryParam("order") String order,
            @Parameter(ref = "ComplexPage") @QueryParam("page") String page,
            @Parameter(ref = "ComplexSize") @QueryParam("size") String size) {
        Map<String, String> asked = new HashMap<>();
        asked.put("sido", sido);
        asked.put("type", type);
        asked.put("status", status);
        asked.put("aged", aged);
        asked.put("minRate", minRate);
        asked.put("maxRate", maxRate);
        asked.put("q", q);
        asked.put("sort", sort);
        asked.put("order", order);
        asked.put("page", page);
        asked.put("size", size);
        ComplexListParameters.Parsed parsed =
                ComplexListParameters.parse(asked::get, ComplexListParameters.DEFAULT_PAGE_SIZE);
        if (!parsed.valid()) {
            throw new RuleViolationException(parsed.problems().stream()
                    .map(problem -> new FieldError(problem.parameter(), problem.message()))
                    .toList());
        }
        ComplexListQuery query = parsed.query();
        ComplexListPage found = directory.list(query);
        Map<String, String> links = links(query, found);
        Locale language = Texts.current();
        Response.ResponseBuilder answer = answer(ComplexJson.page(found, links, language), language);
        StringJoiner header = new StringJoiner(", ");
        for (String relation : List.of("first", "prev", "next", "last")) {
            if (links.containsKey(relation)) {
                header.add('<' + links.get(relation) + ">; rel=\"" + relation + '"');
            }
        }
        return answer.header("Link", header.length() == 0 ? null : header.toString())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getComplex",
            summary = "One industrial complex with every quarter's figures, its bundle and KICOX's trend figures")
    @APIResponse(responseCode = "200", ref = "ComplexDetail")
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "ComplexBadRequest")
    @APIResponse(responseCode = "404", ref = "ComplexNotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response complex(@Parameter(ref = "ComplexId") @PathParam("id") String id) {
        long number = complexId(id);
        Locale language = Texts.current();
        return directory
                .complex(number)
                .map(complex ->
                        answer(ComplexJson.detail(complex, language), language).build())
                .orElseThrow(NotFoundException::new);
    }

    /** A number of at least 1; anything else is the client's mistake (400), not a missing complex. */
    private static long complexId(String id) {
        try {
            long number = Long.parseLong(id.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new RuleViolationException(
                List.of(new FieldError("id", Texts.say(ComplexResource.class, "api.complexId"))));
    }

    /** The document with its validator, or {@code 304} when the client has these very bytes. */
    private Response.ResponseBuilder answer(JsonObject document, Locale language) {
        byte[] body = document.toString().getBytes(StandardCharsets.UTF_8);
        String quoted = ConditionalGet.etagOf(body);
        EntityTag tag = new EntityTag(quoted.substring(1, quoted.length() - 1));
        CacheControl cache = CacheControl.valueOf(CACHE_CONTROL);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null
                ? notModified
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE).language(language);
        return answer.tag(tag).cacheControl(cache).header("Vary", "Accept-Language");
    }

    /** Where the other pages of the same question are: self, first, prev, next, last; the CSV and the page too. */
    private static Map<String, String> links(ComplexListQuery query, ComplexListPage found) {
        Map<String, String> links = new LinkedHashMap<>();
        int last = found.paging().getTotalPages();
        links.put("self", api(query));
        links.put("first", api(query.withPage(1)));
        if (query.page() > 1) {
            links.put("prev", api(query.withPage(Math.min(query.page() - 1, last))));
        }
        if (query.page() < last) {
            links.put("next", api(query.withPage(query.page() + 1)));
        }
        links.put("last", api(query.withPage(last)));
        Map<String, String> filters = ComplexListParameters.of(query, false, ComplexListParameters.DEFAULT_PAGE_SIZE);
        links.put("csv", "/complexes.csv" + ComplexListParameters.queryString(filters));
        links.put("html", "/complexes" + ComplexListParameters.queryString(filters));
        return links;
    }

    private static String api(ComplexListQuery query) {
        return "/api/complexes"
                + ComplexListParameters.queryString(
                        ComplexListParameters.of(query, true, ComplexListParameters.DEFAULT_PAGE_SIZE));
    }
}
