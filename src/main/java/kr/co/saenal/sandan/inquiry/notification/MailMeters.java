package kr.co.saenal.sandan.inquiry.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/**
 * The outbox's meters (docs/operations.md): mails sent and failed attempts by kind, counted by {@link OutboxSender}
 * on the node that sent them, and the pending mails of the whole cluster, counted in the database when scraped.
 */
@ApplicationScoped
public class MailMeters {

    static final String SENT = "sandan.mails.sent";
    static final String FAILED = "sandan.mails.failed";
    static final String PENDING = "sandan.mails.pending";

    @Inject
    MeterRegistry registry;

    @Inject
    Outbox outbox;

    /** The gauge reads the outbox through this bean: registered when the application starts, removed when it ends. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(PENDING, Tags.empty(), this, MailMeters::pending);
    }

    @PreDestroy
    void unregister() {
        // a redeployed application registers its own; this one's would call into an undeployed application
        Gauge gauge = registry.find(PENDING).gauge();
        if (gauge != null) {
            registry.remove(gauge);
        }
    }

    private double pending() {
        return outbox.pending(Duration.ZERO).pending();
    }

    void sent(MailKind kind) {
        registry.counter(SENT, "kind", tag(kind)).increment();
    }

    void failed(MailKind kind) {
        registry.counter(FAILED, "kind", tag(kind)).increment();
    }

    private static String tag(MailKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
