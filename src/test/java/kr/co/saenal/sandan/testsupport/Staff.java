package kr.co.saenal.sandan.testsupport;

import java.util.Map;
import org.jsoup.nodes.Document;

/** A member of staff using the back office through its login page. */
public final class Staff {

    public static final String ADMIN = "admin";
    /** Set by failsafe from the build (SANDAN_ADMIN_PASSWORD of the test server). */
    public static final String ADMIN_PASSWORD = System.getProperty("sandan.admin.password", "it-Admin-2026!");

    private Staff() {}

    /** Fills in and sends the login form; returns the answer to the POST. */
    public static Http.Reply logIn(Http browser, String username, String password) {
        return logIn(browser, username, password, "");
    }

    /** The same, with the code of an account with two-factor login (TOTP or recovery code). */
    public static Http.Reply logIn(Http browser, String username, String password, String code) {
        Document page = browser.get("/login").html();
        return browser.postForm(
                Forms.action(page, "login"),
                Forms.submission(
                        page,
                        "login",
                        Map.of("login:username", username, "login:password", password, "login:code", code)));
    }
}
