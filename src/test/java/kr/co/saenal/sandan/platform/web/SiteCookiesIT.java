package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every cookie the site sets says how it may travel with requests from other sites ({@code SameSite}): the session
 * {@code Lax}, the remembered language and the reading cookie {@code Lax} (a reader arriving by a link from a search
 * engine or a messenger must bring them), Faces' flash cookie {@code Strict}.
 */
@ExtendWith(ArquillianExtension.class)
class SiteCookiesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWithTestSupport();
    }

    private final List<String> seen = new ArrayList<>();

    /** The {@code Set-Cookie} header of that cookie in the answer (its first one), remembered for the final check. */
    private String cookie(Http.Reply reply, String name) {
        seen.addAll(reply.headers("Set-Cookie"));
        return reply.headers("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + reply.headers("Set-Cookie")));
    }

    private static void assertAttributes(String cookie, String... attributes) {
        List<String> present = List.of(cookie.split(";\\s*"));
        for (String attribute : attributes) {
            assertTrue(present.stream().anyMatch(attribute::equalsIgnoreCase), () -> cookie + " lacks " + attribute);
        }
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnly() {
        Http staff = new Http();
        Http.Reply login = Staff.logIn(staff, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        assertEquals(302, login.status(), login::toString);
        assertAttributes(cookie(login, "JSESSIONID"), "SameSite=Lax", "HttpOnly", "path=/");
        assertEquals(200, staff.get("/admin/").status(), "the session works");

        assertAttributes(cookie(new Http().get("/consult"), "JSESSIONID"), "SameSite=Lax", "HttpOnly");
        assertEveryCookieSeenSaysSameSite();
    }

    @Test
    void theLanguageAndReadingCookiesAreLax() {
        assertAttributes(cookie(new Http().get("/?lang=en"), "lang"), "SameSite=Lax", "path=/");

        String article = Json.createReader(new StringReader(new Http().get("/api/news?size=1").body())).readObject()
                .getJsonArray("items").getJsonObject(0).getString("path");
        assertAttributes(cookie(new Http().get(article), "sandan_read"), "SameSite=Lax", "HttpOnly", "path=/news/");
        assertEveryCookieSeenSaysSameSite();
    }

    @Test
    void theFlashCookieOfAFormAnswerIsStrict() {
        Http visitor = new Http();
        Document page = visitor.get("/consult").html();
        Http.Reply sent = visitor.postForm(Forms.action(page, "consult"), Forms.submission(page, "consult", Map.of(
                "consult:name", "박과장", "consult:phone", "01012345678", "consult:email", "park@example.co.kr",
                "consult:message", "쿠키 확인용 상담 신청입니다.", "consult:privacyConsent", "on")));
        assertEquals(302, sent.status(), sent::toString);
        assertAttributes(cookie(sent, "csfcfc"), "SameSite=Strict", "HttpOnly");
        Http.Reply received = visitor.get(sent.header("Location").orElseThrow());
        assertEquals(200, received.status());
        seen.addAll(received.headers("Set-Cookie"));
        assertEveryCookieSeenSaysSameSite();
    }

    private void assertEveryCookieSeenSaysSameSite() {
        assertTrue(seen.stream().allMatch(c -> c.matches("(?i).*;\\s*SameSite=(Lax|Strict)(;.*|$)")),
                () -> "cookies without SameSite: " + seen);
    }
}
