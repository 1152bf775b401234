package kr.co.saenal.sandan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.RunMode;
import kr.co.saenal.sandan.platform.config.SettingsReader;

/**
 * The site's public address, for links that leave the page: feeds, the sitemap, canonical and OpenGraph URLs.
 * In production behind a proxy it is {@code SANDAN_SITE_URL} (e.g. {@code https://www.sandan.co.kr}, checked at
 * startup by {@link SiteUrlSettings}); without it, it is read from the request (scheme, host and port as the server
 * saw them).
 */
public final class SiteAddress {

    /** The setting {@code SANDAN_SITE_URL}. */
    static final String PROPERTY = "sandan.site-url";

    private static final Optional<String> CONFIGURED = configured(SettingsReader.fromConfig());

    private SiteAddress() {}

    /** The address of the site's root, without a trailing slash: {@code https://www.sandan.co.kr}. */
    public static String base(HttpServletRequest request) {
        return CONFIGURED.orElseGet(() -> fromRequest(request));
    }

    /** An absolute URL for a path of this site ({@code /news/1/slug}). */
    public static String absolute(HttpServletRequest request, String path) {
        return base(request) + (path.startsWith("/") ? path : "/" + path);
    }

    /** {@code SANDAN_SITE_URL} as checked when the application started; empty when unset. */
    public static Optional<String> configured() {
        return CONFIGURED;
    }

    /**
     * {@code SANDAN_SITE_URL}: an http(s) URL without query or fragment, trailing slash removed; https only in
     * production ({@code SANDAN_MODE}). A wrong one is noted for the startup check, and the request's address used.
     */
    static Optional<String> configured(SettingsReader read) {
        RunMode mode = read.mode();
        Optional<String> url = read.value(
                PROPERTY,
                SiteAddress::parse,
                "an http(s) address without query or fragment (https://www.sandan.co.kr)");
        if (url.isPresent() && mode.isProduction() && !url.get().startsWith("https://")) {
            read.problem(
                    PROPERTY,
                    read.text(PROPERTY).orElse(""),
                    "an https address in production (SANDAN_MODE=development allows http)");
            return Optional.empty();
        }
        return url;
    }

    static Optional<String> parse(String raw) {
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                String address = uri.toString().replaceAll("/+$", "");
                return Optional.of(scheme + address.substring(scheme.length()));
            }
        } catch (URISyntaxException e) {
            // not an address
        }
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
