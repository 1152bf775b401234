package kr.co.saenal.sandan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The site's public address, for links that leave the page: feeds, the sitemap, canonical and OpenGraph URLs.
 * In production behind a proxy it is {@code SANDAN_SITE_URL} (e.g. {@code https://www.sandan.co.kr}); without it,
 * it is read from the request (scheme, host and port as the server saw them).
 */
public final class SiteAddress {

    private static final Logger LOG = Logger.getLogger(SiteAddress.class.getName());
    private static final Optional<String> CONFIGURED = configured(System.getenv("SANDAN_SITE_URL"));

    private SiteAddress() {}

    /** The address of the site's root, without a trailing slash: {@code https://www.sandan.co.kr}. */
    public static String base(HttpServletRequest request) {
        return CONFIGURED.orElseGet(() -> fromRequest(request));
    }

    /** An absolute URL for a path of this site ({@code /news/1/slug}). */
    public static String absolute(HttpServletRequest request, String path) {
        return base(request) + (path.startsWith("/") ? path : "/" + path);
    }

    /** An http(s) URL without query or fragment, trailing slash removed; anything else is ignored with a warning. */
    static Optional<String> configured(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return Optional.of(uri.toString().replaceAll("/+$", ""));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        LOG.warning(() -> "SANDAN_SITE_URL=" + raw + " is not an http(s) address; using the address of each request");
        return Optional.empty();
    }

    private static String fromRequest(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]"; // IPv6 literal
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
