package kr.co.saenal.sandan.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API describes itself as OpenAPI 3 at /openapi, with the inquiry and news paths it really serves. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void theApiIsDescribedAsOpenApi3() {
        Http.Reply reply = new Http().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject document = Requests.json(reply.body());
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/inquiries"), paths.keySet()::toString);
        assertTrue(paths.getJsonObject("/api/inquiries").containsKey("post"));
        assertTrue(paths.containsKey("/api/news"), paths.keySet()::toString);
    }
}
