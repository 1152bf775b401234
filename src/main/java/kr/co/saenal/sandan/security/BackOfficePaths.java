package kr.co.saenal.sandan.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which part of the staff side a request is for (the back office, its account page, the API), judged on the path
 * the servlet container routes it by: servlet path plus path info, decoded, without {@code ;} parameters, with
 * {@code .}/{@code ..} segments and doubled slashes resolved. Never on the address as the client wrote it
 * ({@code getRequestURI()}): {@code /admin;x/news/}, {@code //admin/news/} or {@code /news/../admin/news/} all
 * reach the news table without starting with {@code /admin/}.
 */
final class BackOfficePaths {

    private static final String BACK_OFFICE = "/admin";
    private static final String API = "/api";
    private static final String WELCOME_PAGE = "index.xhtml";
    private static final String VIEW_SUFFIX = ".xhtml";

    private BackOfficePaths() {}

    /** The path inside the application that the container routes the request by. */
    static String routed(HttpServletRequest request) {
        return routed(request.getServletPath(), request.getPathInfo());
    }

    static String routed(String servletPath, String pathInfo) {
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    /** The JSON API: refused with a challenge, never sent to the login page. */
    static boolean isApi(String routedPath) {
        return isIn(routedPath, API);
    }

    /** Every back-office page but the account page, where a temporary password is replaced. */
    static boolean isClosedWhilePasswordTemporary(String routedPath) {
        return isIn(routedPath, BACK_OFFICE)
                && !routedPath.equals(StaffAuthenticationMechanism.ACCOUNT_PAGE)
                && !routedPath.equals(StaffAuthenticationMechanism.ACCOUNT_PAGE + VIEW_SUFFIX);
    }

    /**
     * The address the login page sends back to: the page's own extensionless address ({@code /admin/news/} for
     * the welcome page {@code /admin/news/index.xhtml}, {@code /admin/news/edit} for {@code /admin/news/edit.xhtml}).
     */
    static String returnAddress(String routedPath) {
        if (routedPath.endsWith("/" + WELCOME_PAGE)) {
            return routedPath.substring(0, routedPath.length() - WELCOME_PAGE.length());
        }
        if (routedPath.endsWith(VIEW_SUFFIX)) {
            return routedPath.substring(0, routedPath.length() - VIEW_SUFFIX.length());
        }
        return routedPath;
    }

    /**
     * The area itself or anything below it. Case is ignored although the container matches paths with their case
     * today: a resource found case-insensitively (an exploded deployment on such a file system) must not open a
     * way around the rule.
     */
    private static boolean isIn(String routedPath, String area) {
        return routedPath.regionMatches(true, 0, area, 0, area.length())
                && (routedPath.length() == area.length() || routedPath.charAt(area.length()) == '/');
    }
}
