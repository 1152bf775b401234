package kr.co.saenal.sandan.platform.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.SecureCookieCommitListener;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.Map;

/**
 * Hardening of every response this application sends, including the ones the container writes itself
 * (the login redirect, the 401 challenge, error pages): it wraps Undertow's outermost handler, which runs
 * before security and before any servlet filter.
 *
 * <p>The headers are put in just before the response is committed and only where the response has not set
 * its own: Faces pages carry PrimeFaces' Content Security Policy with the page's script nonce, everything else
 * gets the default policy, which allows no inline script at all. Cookies sent over HTTPS are marked
 * {@code Secure} (the session cookie included); HSTS is sent over HTTPS only.
 */
public class ResponseHardening implements ServletExtension {

    /** Same as {@code primefaces.CSP_POLICY} in web.xml, which PrimeFaces extends with the page's nonce. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "script-src 'self'");

    private static final Map<HttpString, String> DEFAULTS = Map.of(
            new HttpString("Content-Security-Policy"), CONTENT_SECURITY_POLICY,
            new HttpString("X-Content-Type-Options"), "nosniff",
            new HttpString("X-Frame-Options"), "DENY",
            new HttpString("Referrer-Policy"), "strict-origin-when-cross-origin",
            new HttpString("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");

    private static final HttpString STRICT_TRANSPORT_SECURITY = new HttpString("Strict-Transport-Security");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(ResponseHardening::harden);
            if (exchange.isSecure()) {
                exchange.addResponseCommitListener(SecureCookieCommitListener.INSTANCE);
            }
            next.handleRequest(exchange);
        });
    }

    private static void harden(HttpServerExchange exchange) {
        if (exchange.getStatusCode() == 304) {
            // The cache keeps the headers it has and takes the 304's: a policy here would replace the cached page's
            // own (with that page's script nonce) and block its scripts.
            return;
        }
        HeaderMap headers = exchange.getResponseHeaders();
        DEFAULTS.forEach((name, value) -> {
            if (!headers.contains(name)) {
                headers.put(name, value);
            }
        });
        if (exchange.isSecure()) {
            headers.put(STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
        }
    }
}
