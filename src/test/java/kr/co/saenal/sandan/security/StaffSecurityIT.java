package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff log in to the back office and to the API; nobody else gets in, and guessing passwords gets nowhere. */
@ExtendWith(ArquillianExtension.class)
class StaffSecurityIT {

    private static final String REFUSED = "아이디 또는 비밀번호가 맞지 않습니다";

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWithTestSupport();
    }

    @Inject
    StaffAccounts accounts;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Http.Reply reply = new Http().get("/admin/");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").orElseThrow().contains("/login?next=%2Fadmin%2F"));
        assertEquals(200, new Http().get("/login").status());
    }

    @Test
    void theAdministratorLogsInWithANewSessionIdAndLogsOutCompletely() {
        Http browser = new Http();
        browser.get("/login");
        String before = browser.cookie("JSESSIONID").orElseThrow();

        Http.Reply login = Staff.logIn(browser, Staff.ADMIN, Staff.ADMIN_PASSWORD);

        assertEquals(302, login.status(), login::toString);
        assertTrue(login.header("Location").orElseThrow().endsWith("/admin/"));
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before, after, "a new session id after login (no session fixation)");
        Http.Reply dashboard = browser.get("/admin/");
        assertEquals(200, dashboard.status());
        assertEquals("대시보드", dashboard.html().selectFirst("h1").text());
        assertFalse(dashboard.html().getElementById("new-inquiries").text().isBlank());

        Http.Reply logout = browser.post("/logout", "application/x-www-form-urlencoded", new byte[0]);
        assertEquals(302, logout.status());
        assertEquals(302, browser.get("/admin/").status(), "the old session no longer opens the back office");
        assertEquals(405, browser.get("/logout").status(), "logging out is a POST only");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Http.Reply wrongPassword = Staff.logIn(new Http(), Staff.ADMIN, "not-the-password");
        Http.Reply unknownUser = Staff.logIn(new Http(), "nobody-here", "not-the-password");

        assertEquals(200, wrongPassword.status());
        assertEquals(200, unknownUser.status());
        String first = wrongPassword.html().select(".form-alert").text();
        assertTrue(first.contains(REFUSED), first);
        assertEquals(first, unknownUser.html().select(".form-alert").text());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForTheLoginPageAndTheApi() {
        accounts.create("lock-test", "Right-Pass-123", Role.CONSULTANT);
        for (int i = 0; i < StaffUser.MAX_FAILED_LOGINS; i++) {
            assertTrue(Staff.logIn(new Http(), "lock-test", "wrong-" + i).html().text().contains(REFUSED));
        }

        Http.Reply page = Staff.logIn(new Http(), "lock-test", "Right-Pass-123");
        assertEquals(200, page.status());
        assertTrue(page.html().select(".form-alert").text().contains(REFUSED), "locked: even the right password is refused");
        Http.Reply api = new Http().get("/api/inquiries", "Authorization", Http.basic("lock-test", "Right-Pass-123"));
        assertEquals(401, api.status(), "the API uses the same accounts and the same lockout");
    }

    @Test
    void theApiAnswers401WithoutCredentialsAnd403ForTheWrongRole() {
        accounts.create("editor-test", "Editor-Pass-123", Role.EDITOR);
        accounts.create("consultant-test", "Consultant-Pass-123", Role.CONSULTANT);

        Http.Reply anonymous = new Http().get("/api/inquiries");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(401, new Http().get("/api/inquiries", "Authorization", Http.basic("editor-test", "wrong")).status());
        assertEquals(403, new Http().get("/api/inquiries", "Authorization", Http.basic("editor-test", "Editor-Pass-123")).status());
        int consultant = new Http().get("/api/inquiries", "Authorization", Http.basic("consultant-test", "Consultant-Pass-123")).status();
        assertNotEquals(401, consultant);
        assertNotEquals(403, consultant);
    }

    @Test
    void theLoginPageNeverRedirectsToAnotherSite() {
        Http browser = new Http();
        String page = "/login?next=" + URLEncoder.encode("https://evil.example/admin", StandardCharsets.UTF_8);
        Document form = browser.get(page).html();
        Http.Reply login = browser.postForm(Forms.action(form, "login"),
                Forms.submission(form, "login", Map.of(
                        "login:username", Staff.ADMIN, "login:password", Staff.ADMIN_PASSWORD)));
        assertEquals(302, login.status());
        assertTrue(login.header("Location").orElseThrow().endsWith("/admin/"), login.header("Location").orElseThrow());
    }

    @Test
    void everyPageAndApiAnswerCarriesTheHardeningHeaders() {
        for (String path : new String[] {"/", "/consult", "/login", "/api/news", "/no-such-page"}) {
            Http.Reply reply = new Http().get(path);
            assertTrue(reply.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", reply.header("X-Frame-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy").orElse(""), path);
            assertTrue(reply.header("Server").isEmpty() && reply.header("X-Powered-By").isEmpty(), path);
        }
    }

}
