package kr.co.saenal.sandan.complex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /openapi describes the directory's API: both paths, every filter of the list as a query parameter, the answers
 * (200 with a schema, 304, 400 and 404 as problem documents), in a document swagger-parser finds valid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplexOpenApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void theDirectorysOperationsAreDescribedWithTheirParametersAndAnswers() {
        Http.Reply reply = new Http().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                () -> "invalid: " + result.getMessages());
        OpenAPI api = result.getOpenAPI();

        Operation list = api.getPaths().get("/api/complexes").getGet();
        assertEquals(
                Set.of("sido", "type", "status", "aged", "minRate", "maxRate", "q", "sort", "order", "page", "size"),
                names(list.getParameters()));
        assertTrue(list.getParameters().stream().allMatch(p -> "query".equals(p.getIn())));
        assertEquals(Set.of("200", "304", "400", "406"), list.getResponses().keySet());
        assertTrue(list.getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema()
                .getProperties()
                .keySet()
                .containsAll(List.of("items", "total", "page", "size", "links", "quarter", "source")));
        assertTrue(list.getResponses().get("400").getContent().containsKey("application/problem+json"));

        Operation one = api.getPaths().get("/api/complexes/{id}").getGet();
        assertEquals(Set.of("id"), names(one.getParameters()));
        assertEquals(
                Set.of("200", "304", "400", "404", "406"), one.getResponses().keySet());
        assertTrue(one.getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema()
                .getProperties()
                .keySet()
                .containsAll(List.of("history", "members", "trend", "figures", "source")));
        assertTrue(one.getResponses().get("404").getContent().containsKey("application/problem+json"));
    }

    private static Set<String> names(List<Parameter> parameters) {
        return parameters.stream().map(Parameter::getName).collect(Collectors.toSet());
    }
}
