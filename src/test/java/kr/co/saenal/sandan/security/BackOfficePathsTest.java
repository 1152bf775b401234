package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackOfficePathsTest {

    /** A request with the given getters' answers (null for the others) that refuses to tell the address as written. */
    private static HttpServletRequest request(Map<String, String> getters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                BackOfficePathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getRequestURI")
                            || method.getName().equals("getRequestURL")) {
                        throw new AssertionError(method.getName() + " must not be asked");
                    }
                    return getters.get(method.getName());
                });
    }

    @Test
    void theRoutedPathIsServletPathAndPathInfoNeverTheAddressAsWritten() {
        HttpServletRequest disguised = request(Map.of("getServletPath", "/admin/news/index.xhtml"));
        assertEquals("/admin/news/index.xhtml", BackOfficePaths.routed(disguised), "for GET /admin;x/news/");
        HttpServletRequest api = request(Map.of("getServletPath", "/api", "getPathInfo", "/inquiries"));
        assertEquals("/api/inquiries", BackOfficePaths.routed(api), "for GET /news/../api/inquiries");
        assertEquals("/admin/news/edit", BackOfficePaths.routed("", "/admin/news/edit"), "a /* mapping");
        assertEquals("", BackOfficePaths.routed(null, null));
    }

    @Test
    void everyBackOfficePageButTheAccountPageIsClosedWhileThePasswordIsTemporary() {
        for (String closed : new String[] {
            "/admin",
            "/admin/",
            "/admin/index.xhtml",
            "/admin/news/index.xhtml",
            "/admin/news/edit",
            "/admin/system/users.xhtml",
            "/admin/inquiries",
            "/admin/account/",
            "/admin/account.xhtml/x",
            "/admin/accounts",
            "/ADMIN/news/",
            "/Admin",
            "/aDmIn/system/users"
        }) {
            assertTrue(BackOfficePaths.isClosedWhilePasswordTemporary(closed), closed);
        }
        for (String open : new String[] {
            "/admin/account",
            "/admin/account.xhtml",
            "/",
            "",
            "/login.xhtml",
            "/news",
            "/news/admin/",
            "/administration",
            "/admin.xhtml",
            "/adminx/news/",
            "/api/inquiries",
            "/jakarta.faces.resource/sandan/site.css.xhtml"
        }) {
            assertFalse(BackOfficePaths.isClosedWhilePasswordTemporary(open), open);
        }
    }

    @Test
    void theApiIsItsPathAndWhatLiesBelow() {
        for (String api : new String[] {"/api", "/api/", "/api/inquiries", "/api/inquiries/5", "/API/inquiries"}) {
            assertTrue(BackOfficePaths.isApi(api), api);
        }
        for (String other : new String[] {"/apis", "/api.xhtml", "/news/api/", "/admin/api/inquiries", "/", ""}) {
            assertFalse(BackOfficePaths.isApi(other), other);
        }
    }

    @Test
    void theLoginPageSendsBackToThePagesOwnAddress() {
        assertEquals("/admin/", BackOfficePaths.returnAddress("/admin/index.xhtml"));
        assertEquals("/admin/news/", BackOfficePaths.returnAddress("/admin/news/index.xhtml"));
        assertEquals("/admin/news/edit", BackOfficePaths.returnAddress("/admin/news/edit.xhtml"));
        assertEquals("/admin/news/edit", BackOfficePaths.returnAddress("/admin/news/edit"));
        assertEquals("/admin/system/users", BackOfficePaths.returnAddress("/admin/system/users"));
        assertEquals("/admin", BackOfficePaths.returnAddress("/admin"));
    }
}
