package kr.co.saenal.sandan.platform.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id, written on each of its log lines (the MDC entry {@value #MDC_KEY}), given back in the
 * {@code X-Request-Id} header and in every problem document, so that an id a visitor or a monitoring system reports
 * leads to the log lines of that request.
 *
 * <p>A well-formed id the request brings along (a load balancer's {@code $request_id}, say) is kept, so that the
 * balancer's access log and Sandan's log share it; anything else is replaced. The id runs inside Undertow's outer
 * handler chain, on the worker thread that serves the servlet, so that security, filters, Faces and JAX-RS log with
 * it.
 */
public class RequestIds implements ServletExtension {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final HttpString HEADER_NAME = new HttpString(HEADER);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            String id = chosen(exchange.getRequestHeaders().getFirst(HEADER_NAME));
            exchange.getResponseHeaders().put(HEADER_NAME, id);
            Object outer = MDC.put(MDC_KEY, id);
            try {
                next.handleRequest(exchange);
            } finally {
                if (outer == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, outer);
                }
            }
        });
    }

    /** The id of the request this thread serves, if it serves one. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY)).map(Object::toString);
    }

    static String chosen(String brought) {
        return brought != null && WELL_FORMED.matcher(brought).matches() ? brought : fresh();
    }

    /** 80 random bits as 16 letters and digits that cannot be mistaken for each other, to read out on the phone. */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        int low = random.nextInt();
        char[] id = new char[16];
        for (int i = 0; i < 12; i++) {
            id[i] = ALPHABET.charAt((int) (high >>> (5 * i)) & 31);
        }
        for (int i = 0; i < 4; i++) {
            id[12 + i] = ALPHABET.charAt((low >>> (5 * i)) & 31);
        }
        return new String(id);
    }
}
