package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Readings;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every cookie the site sets says how it may travel with requests from other sites ({@code SameSite}): the session
 * {@code Lax}, the remembered language and the reading cookie {@code Lax} (a reader arriving by a link from a search
 * engine or a messenger must bring them), Faces' flash cookie {@code Strict}. The login page itself opens no session.
 */
@ExtendWith(ArquillianExtension.class)
class SiteCookiesIT {

    private static final String ELSEWHERE = "https://evil.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffDirectory directory;

    private final List<String> seen = new ArrayList<>();

    /** The {@code Set-Cookie} header of that cookie in the answer (its first one), remembered for the final check. */
    private String cookie(Http.Reply reply, String name) {
        seen.addAll(reply.headers("Set-Cookie"));
        return reply.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
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
        Http.Reply logout =
                staff.send("POST", "/logout", "application/x-www-form-urlencoded", new byte[0], "Origin", Http.BASE);
        assertEquals(302, logout.status());
        seen.addAll(logout.headers("Set-Cookie"));

        assertAttributes(cookie(new Http().get("/consult"), "JSESSIONID"), "SameSite=Lax", "HttpOnly");
        assertEveryCookieSeenSaysSameSite();
    }

    @Test
    void theSessionCookieIsLaxAlsoWhenTheAuthenticationMechanismEndsTheSession() {
        accounts.create("cookie-disabled", "Cookie-Disabled-2026", Role.CONSULTANT);
        Http staff = new Http();
        assertEquals(
                302,
                Staff.logIn(staff, "cookie-disabled", "Cookie-Disabled-2026").status());
        directory.disable("cookie-disabled", Staff.ADMIN);
        Http.Reply ended = staff.get("/admin/");
        assertEquals(302, ended.status(), "sent to the login page by the mechanism, before any servlet");
        assertAttributes(cookie(ended, "JSESSIONID"), "SameSite=Lax", "Expires=Thu, 01-Jan-1970 00:00:00 GMT");
        assertEveryCookieSeenSaysSameSite();
    }

    @Test
    void theLoginPageOpensNoSessionYetRefusesALoginFormPostedFromAnotherSite() {
        Http visitor = new Http();
        Http.Reply page = visitor.get("/login");
        assertEquals(200, page.status());
        assertEquals(List.of(), page.headers("Set-Cookie"), "GET /login sets no cookie");
        Http.Reply refused = Staff.logIn(new Http(), Staff.ADMIN, "not-the-password");
        assertEquals(200, refused.status());
        assertTrue(
                refused.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                () -> "a refused login opens no session either: " + refused.headers("Set-Cookie"));

        // Another site's page carries a login form it fetched itself (a stateless view has nothing of the victim's).
        Document copied = new Http().get("/login").html();
        byte[] form = Http.formEncoded(Forms.submission(
                copied, "login", Map.of("login:username", Staff.ADMIN, "login:password", Staff.ADMIN_PASSWORD)));
        List<List<String>> elsewhere = List.of(
                List.of("Origin", ELSEWHERE),
                List.of("Sec-Fetch-Site", "cross-site"),
                List.of("Sec-Fetch-Site", "same-site", "Origin", "https://blog.example"));
        for (List<String> fromElsewhere : elsewhere) {
            Http victim = new Http();
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
            headers.addAll(fromElsewhere);
            Http.Reply forged = victim.sendWithHeaders("POST", Forms.action(copied, "login"), form, headers);
            assertEquals(403, forged.status(), () -> fromElsewhere + ": " + forged);
            assertTrue(victim.cookie("JSESSIONID").isEmpty(), fromElsewhere + ": no session for the victim");
            assertEquals(302, victim.get("/admin/").status(), "the victim is not logged in");
        }
        Http script = new Http();
        assertEquals(
                302,
                script.postForm(
                                Forms.action(copied, "login"),
                                Forms.submission(
                                        copied,
                                        "login",
                                        Map.of("login:username", Staff.ADMIN, "login:password", Staff.ADMIN_PASSWORD)))
                        .status(),
                "the copied form itself is good: only where it was sent from makes the difference");

        Http.Reply login = visitor.sendWithHeaders(
                "POST",
                Forms.action(page.html(), "login"),
                Http.formEncoded(Forms.submission(
                        page.html(),
                        "login",
                        Map.of("login:username", Staff.ADMIN, "login:password", Staff.ADMIN_PASSWORD))),
                List.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        Http.BASE,
                        "Sec-Fetch-Site",
                        "same-origin"));
        assertEquals(302, login.status(), login::toString);
        assertTrue(login.header("Location").orElseThrow().endsWith("/admin/"));
        assertAttributes(cookie(login, "JSESSIONID"), "SameSite=Lax", "HttpOnly");
        assertEquals(200, visitor.get("/admin/").status(), "logged in from the session-less page");
    }

    @Test
    void theLanguageAndReadingCookiesAreLax() {
        assertAttributes(cookie(new Http().get("/?lang=en"), "lang"), "SameSite=Lax", "path=/");

        String article = Json.createReader(
                        new StringReader(new Http().get("/api/news?size=1").body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("path");
        assertAttributes(
                cookie(Readings.read(new Http(), article), "sandan_read"), "SameSite=Lax", "HttpOnly", "path=/news/");
        assertEveryCookieSeenSaysSameSite();
    }

    @Test
    void theFlashCookieOfAFormAnswerIsStrict() {
        Http visitor = new Http();
        Document page = visitor.get("/consult").html();
        Http.Reply sent = visitor.postForm(
                Forms.action(page, "consult"),
                Forms.submission(
                        page,
                        "consult",
                        Map.of(
                                "consult:name",
                                "박과장",
                                "consult:phone",
                                "01012345678",
                                "consult:email",
                                "park@example.co.kr",
                                "consult:message",
                                "쿠키 확인용 상담 신청입니다.",
                                "consult:privacyConsent",
                                "on")));
        assertEquals(302, sent.status(), sent::toString);
        assertAttributes(cookie(sent, "csfcfc"), "SameSite=Strict", "HttpOnly");
        Http.Reply received = visitor.get(sent.header("Location").orElseThrow());
        assertEquals(200, received.status());
        seen.addAll(received.headers("Set-Cookie"));
        assertEveryCookieSeenSaysSameSite();
    }

    private void assertEveryCookieSeenSaysSameSite() {
        assertTrue(
                seen.stream().allMatch(c -> c.matches("(?i).*;\\s*SameSite=(Lax|Strict)(;.*|$)")),
                () -> "cookies without SameSite: " + seen);
    }
}
