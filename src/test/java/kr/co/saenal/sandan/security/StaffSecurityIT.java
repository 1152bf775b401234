package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff log in to the back office and to the API; nobody else gets in, and guessing passwords gets nowhere. */
@ExtendWith(ArquillianExtension.class)
class StaffSecurityIT {

    private static final String REFUSED = "아이디 또는 비밀번호가 맞지 않습니다";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
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
        browser.get("/consult"); // a form that keeps view state opens a session; the login page does not
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
            assertTrue(Staff.logIn(new Http(), "lock-test", "wrong-" + i)
                    .html()
                    .text()
                    .contains(REFUSED));
        }

        Http.Reply page = Staff.logIn(new Http(), "lock-test", "Right-Pass-123");
        assertEquals(200, page.status());
        assertTrue(
                page.html().select(".form-alert").text().contains(REFUSED),
                "locked: even the right password is refused");
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
        assertEquals(
                401,
                new Http()
                        .get("/api/inquiries", "Authorization", Http.basic("editor-test", "wrong"))
                        .status());
        assertEquals(
                403,
                new Http()
                        .get("/api/inquiries", "Authorization", Http.basic("editor-test", "Editor-Pass-123"))
                        .status());
        int consultant = new Http()
                .get("/api/inquiries", "Authorization", Http.basic("consultant-test", "Consultant-Pass-123"))
                .status();
        assertNotEquals(401, consultant);
        assertNotEquals(403, consultant);
    }

    @Test
    void theLoginPageNeverRedirectsToAnotherSite() {
        Http browser = new Http();
        String page = "/login?next=" + URLEncoder.encode("https://evil.example/admin", StandardCharsets.UTF_8);
        Document form = browser.get(page).html();
        Http.Reply login = browser.postForm(
                Forms.action(form, "login"),
                Forms.submission(
                        form, "login", Map.of("login:username", Staff.ADMIN, "login:password", Staff.ADMIN_PASSWORD)));
        assertEquals(302, login.status());
        assertTrue(
                login.header("Location").orElseThrow().endsWith("/admin/"),
                login.header("Location").orElseThrow());
    }

    @Test
    void everyAnswerCarriesTheHardeningHeadersEvenTheContainersOwn() {
        for (String path : new String[] {
            "/", "/consult", "/login", "/api/news", "/no-such-page", "/media/1", "/admin/", "/api/inquiries"
        }) {
            Http.Reply reply = new Http().get(path);
            List<String> policies = reply.headers("Content-Security-Policy");
            assertEquals(1, policies.size(), () -> path + ": " + policies);
            String policy = policies.get(0);
            assertTrue(policy.contains("frame-ancestors 'none'"), path);
            assertFalse(
                    policy.contains("'unsafe-inline'")
                            && policy.indexOf("'unsafe-inline'") > policy.indexOf("script-src"),
                    () -> path + " allows inline script: " + policy);
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", reply.header("X-Frame-Options").orElse(""), path);
            assertEquals(
                    "strict-origin-when-cross-origin",
                    reply.header("Referrer-Policy").orElse(""),
                    path);
            assertTrue(
                    reply.header("Server").isEmpty()
                            && reply.header("X-Powered-By").isEmpty(),
                    path);
            assertTrue(reply.header("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        }
    }

    @Test
    void scriptsOnAPageRunOnlyWithThatPagesNonce() {
        Http browser = new Http();
        Staff.logIn(browser, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        for (String path : new String[] {"/", "/admin/news/", "/admin/news/edit"}) {
            Http.Reply page = browser.get(path);
            String policy = page.header("Content-Security-Policy").orElseThrow();
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
            assertTrue(nonce.find(), () -> path + ": " + policy);
            Document html = page.html();
            assertFalse(html.select("script:not([src])").isEmpty(), path);
            for (Element script : html.select("script")) {
                if (!script.hasAttr("src")) {
                    assertEquals(
                            nonce.group(1),
                            script.attr("nonce"),
                            () -> path + ": inline script without the nonce: " + script);
                }
            }
            assertTrue(
                    html.select("[onclick], [onchange], [onsubmit], [onkeyup], [onload]")
                            .isEmpty(),
                    () -> path + ": inline handlers " + html.select("[onclick], [onchange], [onsubmit]"));
        }
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndLaxAndHstsIsSent() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        public void checkClientTrusted(X509Certificate[] chain, String type) {}

                        public void checkServerTrusted(X509Certificate[] chain, String type) {}

                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        int port = 8443 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpsURLConnection https = (HttpsURLConnection)
                URI.create("https://127.0.0.1:" + port + "/consult").toURL().openConnection();
        https.setSSLSocketFactory(trustAll.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        assertEquals(200, https.getResponseCode());
        List<String> cookies = https.getHeaderFields().get("Set-Cookie");
        assertTrue(
                cookies != null
                        && cookies.stream()
                                .anyMatch(c -> c.startsWith("JSESSIONID=")
                                        && c.toLowerCase().contains("; secure")
                                        && c.contains("HttpOnly")
                                        && c.contains("SameSite=Lax")),
                () -> String.valueOf(cookies));
        assertTrue(https.getHeaderField("Strict-Transport-Security").startsWith("max-age="));
        https.disconnect();

        HttpsURLConnection english = (HttpsURLConnection)
                URI.create("https://127.0.0.1:" + port + "/?lang=en").toURL().openConnection();
        english.setSSLSocketFactory(trustAll.getSocketFactory());
        english.setHostnameVerifier((host, session) -> true);
        assertEquals(200, english.getResponseCode());
        List<String> set = english.getHeaderFields().get("Set-Cookie");
        assertTrue(
                set != null
                        && set.stream()
                                .anyMatch(c -> c.startsWith("lang=en")
                                        && c.toLowerCase().contains("; secure")
                                        && c.contains("SameSite=Lax")),
                () -> "the site's own too: " + set);
        english.disconnect();

        Http plain = new Http();
        plain.get("/consult");
        assertTrue(plain.cookie("JSESSIONID").isPresent(), "plain HTTP (development) still gets a session");
    }

    @Test
    void aLogoutFormOnAnotherSiteIsRefused() {
        Http browser = new Http();
        Staff.logIn(browser, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Http.Reply forged = browser.send(
                "POST", "/logout", "application/x-www-form-urlencoded", new byte[0], "Origin", "https://evil.example");
        assertEquals(403, forged.status());
        assertEquals(200, browser.get("/admin/").status(), "still logged in");
        Http.Reply own =
                browser.send("POST", "/logout", "application/x-www-form-urlencoded", new byte[0], "Origin", Http.BASE);
        assertEquals(302, own.status());
        assertEquals(302, browser.get("/admin/").status(), "logged out");
    }
}
