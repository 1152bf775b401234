package kr.co.saenal.sandan.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** Whether a state-changing request comes from one of our own pages, judged by the headers browsers set themselves. */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean of(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            URI uri = new URI(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getScheme().equals(request.getScheme()) && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
