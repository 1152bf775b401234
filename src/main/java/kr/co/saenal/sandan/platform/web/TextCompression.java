package kr.co.saenal.sandan.platform.web;

import io.undertow.attribute.ExchangeAttributes;
import io.undertow.predicate.Predicate;
import io.undertow.predicate.Predicates;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * Compresses this application's text answers (pages, CSS, scripts, JSON, feeds) with gzip for clients that accept
 * it; images and files are compressed already. It wraps this deployment's outermost handler, so that a shared
 * server's other applications are left as they are (Undertow's {@code compress} handler of
 * {@code undertow-handlers.conf} would compress every answer, whatever its type: the type is known only when the
 * answer starts, which is when this predicate is asked).
 */
public class TextCompression implements ServletExtension {

    static final String COMPRESSED_TYPES =
            "text/|application/(javascript|json|problem\\+json|xml|atom\\+xml|rss\\+xml)|image/svg\\+xml";

    private static final Predicate TEXT =
            Predicates.regex(ExchangeAttributes.responseHeader(Headers.CONTENT_TYPE), COMPRESSED_TYPES, false);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> new EncodingHandler(
                next,
                new ContentEncodingRepository().addEncodingHandler("gzip", new GzipEncodingProvider(), 50, TEXT)));
    }
}
