package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.RawRequest;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member of staff with a temporary password sees no back-office page but their account page, however the address
 * is written: the server routes {@code /admin;x/news/}, {@code /news/../admin/news/} or {@code //admin/news/} to
 * the news table, so the rule must judge the address the server routes, not the one the client wrote.
 */
@ExtendWith(ArquillianExtension.class)
class ForcedPasswordChangeIT {

    private static final String USERNAME = "temporary-paths";
    private static final String PASSWORD = "Temp-Paths-2026";

    /** Addresses of back-office pages, written the ways servers and proxies have been fooled with. */
    private static final List<String> DISGUISED_PAGES = List.of(
            "/admin/news/",
            "/admin;x/news/",
            "/admin/news;jsessionid=x/",
            "/admin;x/news;y/",
            "/admin;/news/",
            "//admin/news/",
            "/admin//news/",
            "/./admin/news/",
            "/admin/./news/",
            "/%61dmin/news/",
            "/%61%64%6d%69%6e/news/",
            "/admin%2Fnews/",
            "/%2Fadmin/news/",
            "/%2fadmin%2fnews%2f",
            "/ADMIN/news/",
            "/Admin/News/",
            "/news/../admin/news/",
            "/admin/../admin/news/",
            "/news/%2e%2e/admin/news/",
            "/news/%2E%2E/admin/news/",
            "/news/.%2e/admin/news/",
            "/news/%2e%2e%2fadmin/news/",
            "/news/..;/admin/news/",
            "/news;x/../admin/news/",
            "/admin;x/",
            "/admin;x/system/users",
            "/consult/../admin/system/users",
            "/admin;x/news/edit");

    private static final List<String> DISGUISED_API = List.of(
            "/api/inquiries",
            "/api;x/inquiries",
            "//api/inquiries",
            "/news/../api/inquiries",
            "/%61pi/inquiries",
            "/api;x/inquiries;y");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffDirectory directory;

    @Test
    void noWayOfWritingABackOfficeAddressGetsPastATemporaryPassword() {
        directory.create(new NewStaffMember(USERNAME, "임시 비밀번호", EnumSet.of(Role.ADMIN), PASSWORD), Staff.ADMIN);
        Http staff = new Http();
        assertEquals(302, Staff.logIn(staff, USERNAME, PASSWORD).status());
        String session = "JSESSIONID=" + staff.cookie("JSESSIONID").orElseThrow();

        List<String> shown = new ArrayList<>();
        for (String target : DISGUISED_PAGES) {
            RawRequest.Reply reply = RawRequest.get(target, session);
            boolean toAccount = reply.status() == 302
                    && reply.header("Location").orElse("").endsWith(StaffAuthenticationMechanism.ACCOUNT_PAGE);
            boolean refused = reply.status() >= 400 && reply.status() < 500;
            if (!(toAccount || refused)
                    || reply.body().contains("news-table")
                    || reply.body().contains("staff-table")) {
                shown.add(reply.toString());
            }
        }
        for (String target : DISGUISED_API) {
            RawRequest.Reply reply = RawRequest.get(target, session);
            if (reply.status() < 400 || reply.status() >= 500) {
                shown.add(reply.toString());
            }
        }
        assertTrue(
                shown.isEmpty(),
                () -> "answered with something else than the account page or a refusal:\n"
                        + String.join("\n\n", shown));

        RawRequest.Reply account = RawRequest.get("/admin;x/account", session);
        assertEquals(200, account.status(), account::toString);
        assertTrue(account.body().contains("password-change-required"), account::toString);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageWithTheAddressTheServerRoutes() {
        RawRequest.Reply page = RawRequest.get("/admin;x/news/", null);
        assertEquals(302, page.status(), page::toString);
        assertTrue(page.header("Location").orElseThrow().endsWith("/login?next=%2Fadmin%2Fnews%2F"), page::toString);

        RawRequest.Reply edit = RawRequest.get("/news/../admin/news/edit", null);
        assertEquals(302, edit.status(), edit::toString);
        assertTrue(
                edit.header("Location").orElseThrow().endsWith("/login?next=%2Fadmin%2Fnews%2Fedit"), edit::toString);

        RawRequest.Reply api = RawRequest.get("/news/../api/inquiries", null);
        assertEquals(401, api.status(), "the API challenges, it never sends to the login page: " + api);
        assertTrue(api.header("WWW-Authenticate").orElse("").startsWith("Basic"), api::toString);
    }
}
