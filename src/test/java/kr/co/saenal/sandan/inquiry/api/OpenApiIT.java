package kr.co.saenal.sandan.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.util.Set;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API describes itself at /openapi: a valid OpenAPI 3 document (checked by swagger-parser, every reference
 * resolved), with the inquiry operation's examples and problem answers. That the description matches what the
 * server does is {@link MalformedInquiryRequestsIT}'s part.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void theDescriptionIsAValidOpenApi3Document() {
        Http.Reply reply = new Http().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);

        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                () -> "invalid: " + result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertTrue(
                api.getPaths()
                        .keySet()
                        .containsAll(Set.of("/api/inquiries", "/api/inquiries/{id}", "/api/news", "/api/news/{id}")),
                api.getPaths().keySet()::toString);
        Operation submit = api.getPaths().get("/api/inquiries").getPost();
        assertEquals(
                Set.of("201", "400", "406", "413", "415", "422", "429"),
                submit.getResponses().keySet());
    }

    @Test
    void theInquiryOperationShowsExamplesAndItsErrorsAsProblemDocuments() {
        JsonObject document =
                Requests.json(new Http().get("/openapi?format=JSON").body());
        JsonObject components = document.getJsonObject("components");

        JsonObject examples = components
                .getJsonObject("requestBodies")
                .getJsonObject("InquiryRequest")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("examples");
        assertTrue(examples.containsKey("full") && examples.containsKey("minimal"), examples.keySet()::toString);
        for (String error : new String[] {"BadRequest", "PayloadTooLarge", "UnsupportedMediaType", "TooManyRequests"}) {
            JsonObject content =
                    components.getJsonObject("responses").getJsonObject(error).getJsonObject("content");
            assertEquals(
                    "#/components/schemas/Problem",
                    content.getJsonObject("application/problem+json")
                            .getJsonObject("schema")
                            .getString("$ref"),
                    error);
        }
        assertTrue(components
                .getJsonObject("responses")
                .getJsonObject("TooManyRequests")
                .getJsonObject("headers")
                .containsKey("Retry-After"));
        assertEquals(
                Set.of("type", "title", "status"),
                Set.copyOf(components
                        .getJsonObject("schemas")
                        .getJsonObject("Problem")
                        .getJsonArray("required")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList()));
    }
}
