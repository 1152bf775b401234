package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-factor login and personal API tokens, through the login page, /admin/account and the API, as a member of staff
 * uses them (the test computes the authenticator app's codes from the secret the page shows).
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

    private static final String PASSWORD = "Otp-Pass-2026!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    TwoFactor twoFactor;

    @Test
    void withTwoFactorOnTheLoginNeedsTheCodeAndARecoveryCodeWorksOnce() {
        accounts.createOnce("otp-kim", PASSWORD, Role.CONSULTANT);
        Http kim = new Http();
        Staff.logIn(kim, "otp-kim", PASSWORD);
        Document started = BackOffice.submit(kim, "/admin/account", "twoFactorStart", Map.of())
                .html();
        assertEquals(1, started.select("svg.qr-code path").size(), "a QR code to scan");
        String secret = started.getElementById("totp-secret").text().replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);

        Http.Reply wrong = BackOffice.submit(kim, started, "twoFactor", Map.of("twoFactor:code", "000000"));
        assertTrue(BackOffice.messages(wrong).contains("인증 코드가 맞지 않습니다"), BackOffice.messages(wrong));
        long step = Totp.step(Instant.now());
        Document confirmed = BackOffice.submit(
                        kim, wrong.html(), "twoFactor", Map.of("twoFactor:code", Totp.code(secret, step)))
                .html();
        List<String> recovery = confirmed.select("li.recovery-code").eachText();
        assertEquals(10, recovery.size(), confirmed.select(".admin-messages").text());
        assertTrue(kim.get("/admin/account").html().select("li.recovery-code").isEmpty(), "shown once");

        assertEquals(false, loggedIn("otp-kim", PASSWORD, ""), "the password alone");
        assertEquals(false, loggedIn("otp-kim", PASSWORD, "123456"), "a wrong code");
        assertEquals(false, loggedIn("otp-kim", "wrong-password", Totp.code(secret, step + 1)), "a wrong password");
        assertEquals(true, loggedIn("otp-kim", PASSWORD, Totp.code(secret, step + 1)), "password and code");
        assertEquals(false, loggedIn("otp-kim", PASSWORD, Totp.code(secret, step + 1)), "the same code again");
        assertEquals(true, loggedIn("otp-kim", PASSWORD, recovery.get(0).toUpperCase()), "a recovery code");
        assertEquals(false, loggedIn("otp-kim", PASSWORD, recovery.get(0)), "the same recovery code again");
        assertEquals(
                "9",
                kim.get("/admin/account").html().getElementById("recovery-left").text());

        Http.Reply basic = new Http().get("/api/inquiries", "Authorization", Http.basic("otp-kim", PASSWORD));
        assertEquals(401, basic.status(), "HTTP Basic cannot carry the second factor");
    }

    @Test
    void theDatabaseHoldsTheSecretSealedSoACopiedRowOpensNoOtherAccount() {
        accounts.createOnce("otp-cho", PASSWORD, Role.CONSULTANT);
        accounts.createOnce("otp-han", PASSWORD, Role.CONSULTANT);
        String cho = enrol("otp-cho");
        enrol("otp-han");
        String stored = accounts.storedTotpSecret("otp-cho");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(cho), "the secret itself is not in the database");

        accounts.storeTotpSecret("otp-han", stored);
        long step = Totp.step(Instant.now());
        assertEquals(
                false, loggedIn("otp-han", PASSWORD, Totp.code(cho, step + 1)), "cho's sealed secret in han's row");
        assertEquals(true, loggedIn("otp-cho", PASSWORD, Totp.code(cho, step + 1)));
    }

    @Test
    void aSecretStoredBeforeTheKeyWasSetIsSealedWhenTheServerStartsAndStillWorks() {
        accounts.createOnce("otp-yoon", PASSWORD, Role.CONSULTANT);
        String secret = enrol("otp-yoon");
        accounts.storeTotpSecret("otp-yoon", secret);

        assertTrue(twoFactor.sealStoredSecrets() >= 1);
        String stored = accounts.storedTotpSecret("otp-yoon");
        assertTrue(stored.startsWith("v1:") && !stored.contains(secret), stored);
        assertEquals(0, twoFactor.sealStoredSecrets(), "sealed once");
        assertEquals(true, loggedIn("otp-yoon", PASSWORD, Totp.code(secret, Totp.step(Instant.now()) + 1)));
    }

    @Test
    void anApiTokenReadsTheInquiriesUntilItIsRevokedAndAReadTokenCannotWrite() {
        accounts.createOnce("token-park", PASSWORD, Role.CONSULTANT);
        Http park = new Http();
        Staff.logIn(park, "token-park", PASSWORD);
        Http.Reply refused = BackOffice.submit(park, "/admin/account", "tokens", Map.of("tokens:tokenName", ""));
        assertTrue(BackOffice.messages(refused).contains("토큰 이름을"), BackOffice.messages(refused));
        Document made = BackOffice.submit(
                        park, "/admin/account", "tokens", Map.of("tokens:tokenName", "CRM 연동", "tokens:scope", "READ"))
                .html();
        String token = made.getElementById("new-token").text();
        assertTrue(token.startsWith("sdn_") && token.length() > 40, token);
        assertTrue(park.get("/admin/account").html().getElementById("new-token") == null, "shown once");

        assertEquals(200, bearer("GET", "/api/inquiries", token).status());
        assertEquals(403, bearer("PATCH", "/api/inquiries/1", token).status(), "read only");
        assertEquals(401, bearer("GET", "/api/inquiries", token + "x").status(), "an unknown token");
        Document listed = park.get("/admin/account").html();
        assertTrue(
                listed.select(".token-list").text().contains("CRM 연동"),
                listed.select(".token-list").text());
        assertTrue(!listed.select(".token-list").text().contains("최근 사용 없음"), "its use is recorded");

        String revoke = listed.select(".token-list li:contains(CRM 연동) input[type=submit]")
                .attr("name");
        park.postForm(
                kr.co.saenal.sandan.testsupport.Forms.action(listed, "tokenList"),
                kr.co.saenal.sandan.testsupport.Forms.submission(listed, "tokenList", revoke, Map.of()));
        assertEquals(401, bearer("GET", "/api/inquiries", token).status(), "revoked");
    }

    @Test
    void whenAdministratorsRequireItAConsultantWithoutItIsSentToEnrolAndTheApiRefusesTheirPassword() {
        accounts.createOnce("otp-lee", PASSWORD, Role.CONSULTANT);
        twoFactor.require(true, "test");
        try {
            Http lee = new Http();
            Staff.logIn(lee, "otp-lee", PASSWORD);
            Http.Reply list = lee.get("/admin/inquiries");
            assertEquals(302, list.status());
            assertTrue(list.header("Location").orElse("").endsWith("/admin/account"), list::toString);
            assertTrue(lee.get("/admin/account").body().contains("2단계 인증을 필수로 정했습니다"));
            assertEquals(
                    401,
                    new Http()
                            .get("/api/inquiries", "Authorization", Http.basic("otp-lee", PASSWORD))
                            .status());
        } finally {
            twoFactor.require(false, "test");
        }
    }

    /** Switches two-factor login on for the account through /admin/account; the secret the page showed. */
    private static String enrol(String username) {
        Http browser = new Http();
        Staff.logIn(browser, username, PASSWORD);
        Document started = BackOffice.submit(browser, "/admin/account", "twoFactorStart", Map.of())
                .html();
        String secret = started.getElementById("totp-secret").text().replace(" ", "");
        String code = Totp.code(secret, Totp.step(Instant.now()));
        Document confirmed = BackOffice.submit(browser, started, "twoFactor", Map.of("twoFactor:code", code))
                .html();
        assertEquals(
                10,
                confirmed.select("li.recovery-code").size(),
                confirmed.select(".admin-messages").text());
        return secret;
    }

    private static boolean loggedIn(String username, String password, String code) {
        Http browser = new Http();
        Staff.logIn(browser, username, password, code);
        return browser.get("/admin/").status() == 200;
    }

    private static Http.Reply bearer(String method, String path, String token) {
        return new Http()
                .send(
                        method,
                        path,
                        "application/json",
                        "{\"note\": \"토큰으로\"}".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        "Bearer " + token);
    }
}
