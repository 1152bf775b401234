package kr.co.saenal.sandan.platform.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.config.SettingsReader;

/**
 * The client's real address behind a reverse proxy or load balancer. Only when the connection comes from one of the
 * addresses in {@code SANDAN_TRUSTED_PROXIES} is {@code X-Forwarded-For} believed: read from the right, past every
 * trusted hop, the first address that is not trusted is the client. {@code X-Forwarded-Proto} from a trusted proxy
 * sets the scheme (so {@code Secure} cookies and HSTS follow HTTPS at the proxy). Anyone else's headers are ignored,
 * so a client cannot choose its own address to slip past rate limits or into the access log.
 *
 * <p>Wraps Undertow's outermost handler, so the servlet API ({@code getRemoteAddr()}), security and the other
 * extensions all see the resolved address. Must stay after {@link ResponseHardening} in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}: the last wrapper runs first.
 */
public class TrustedProxies implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());
    private static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");
    private static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        SettingsReader read = SettingsReader.fromConfig();
        AddressRanges trusted = TrustedProxySettings.ranges(read);
        if (trusted.isEmpty()) {
            return;
        }
        LOG.info(() -> "X-Forwarded-For and X-Forwarded-Proto are believed from "
                + read.text(TrustedProxySettings.PROPERTY).orElse(""));
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            resolve(exchange, trusted);
            next.handleRequest(exchange);
        });
    }

    static void resolve(HttpServerExchange exchange, AddressRanges trusted) {
        InetSocketAddress peer = exchange.getSourceAddress();
        if (peer == null || peer.getAddress() == null || !trusted.contains(peer.getAddress())) {
            return;
        }
        clientBehind(exchange.getRequestHeaders().get(FORWARDED_FOR), trusted)
                .ifPresent(client -> exchange.setSourceAddress(new InetSocketAddress(client, 0)));
        String proto = exchange.getRequestHeaders().getLast(FORWARDED_PROTO);
        if (proto != null) {
            String last = proto.substring(proto.lastIndexOf(',') + 1).strip();
            if (last.equalsIgnoreCase("https") || last.equalsIgnoreCase("http")) {
                exchange.setRequestScheme(last.toLowerCase());
            }
        }
    }

    /** The hops right to left; stops at the first untrusted one, or at the first one that is not an address. */
    static Optional<InetAddress> clientBehind(List<String> forwardedFor, AddressRanges trusted) {
        if (forwardedFor == null || forwardedFor.isEmpty()) {
            return Optional.empty();
        }
        String[] hops = String.join(",", forwardedFor).split(",");
        InetAddress client = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRanges.literal(hops[i]);
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted.contains(client)) {
                break;
            }
        }
        return Optional.ofNullable(client);
    }
}
