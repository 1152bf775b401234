package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a state-changing request comes from one of our own pages, judged by the headers browsers set themselves
 * and no page can forge: {@code Sec-Fetch-Site} where the browser sends it, else {@code Origin}. A request with
 * neither comes from no current browser (a script, a test): {@link #of} lets it through (the login form works
 * without a browser's headers), {@link #sentByOurPage} does not (what only our pages' scripts send).
 */
public final class SameOrigin {

    private SameOrigin() {}

    public static boolean of(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // The browser compared the page's origin with ours itself, so a proxy that rewrites Host cannot blur it.
            // "none" is the person's own doing (a reload, a bookmark); "same-site" is a sibling host, not us.
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin == null || ours(origin, request);
    }

    /** Whether a browser says the request was sent by one of our pages (a script's {@code fetch}, a form). */
    public static boolean sentByOurPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        return origin != null && ours(origin, request);
    }

    private static boolean ours(String origin, HttpServletRequest request) {
        if (origin.equals("null")) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getScheme() != null
                    && uri.getScheme().equals(request.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
