package kr.co.saenal.sandan.news;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import kr.co.saenal.sandan.platform.PublicContentChanged;

/**
 * Answers "does this address redirect, and where to?" from memory, for every request that might: a hash lookup, no
 * statement. Each node keeps every redirect (old address → id and current target; thousands are a few hundred
 * kilobytes), read when the application starts, and reads them again when they may have changed: at the first lookup
 * after a change of a redirect this node committed (a redirect is public content, {@link PublicContentChanged}), and
 * on the timer when the table's stamp (count and newest change) differs from the one it read, which is how a change
 * made on another node (or a post deleted with its redirects) arrives within five seconds. A post's slug changed
 * while it was not public records no redirect: until the next reading, a redirect to it answers with its former
 * address, which the article page then sends on (two hops, still right). Requests pay for a reading only after this
 * node changed a redirect. Hits are
 * counted in memory and added every five seconds, one update per redirect hit since, as {@link ReadingTally} does
 * with readings; a node that dies loses at most those seconds of hits. A CDI bean (its observer runs inside the
 * writer's transaction, to follow its end); {@link RedirectTimer} calls it every five seconds.
 */
@ApplicationScoped
public class RedirectLookup {

    private static final Logger LOG = Logger.getLogger(RedirectLookup.class.getName());

    /** Where an old address leads: the redirect's id (for its hits) and the path to answer with. */
    public record Answer(long id, String location) {}

    @Inject
    Redirects redirects;

    @Inject
    Clock clock;

    private volatile Map<String, Answer> answers = Map.of();
    private volatile String stamp;
    /**
     * Counts the changes this node heard of; {@link #readAt} is the count a reading started under. A change that
     * arrives while a reading runs (a commit while the snapshot is taken) leaves them apart, so the next lookup reads
     * again instead of keeping what that reading saw before the commit.
     */
    private final AtomicLong changes = new AtomicLong(1);

    private volatile long readAt;
    private final Object reading = new Object();

    private final Map<Long, Long> hits = new ConcurrentHashMap<>();

    private volatile TransactionSynchronizationRegistry transactions;

    /**
     * Where the request's address leads: its path with its query first ({@code /?p=123}), then its path alone. The
     * raw path and query are as the server received them (still percent-encoded). Counts a hit when found.
     */
    public Optional<Answer> find(String rawPath, String rawQuery) {
        Map<String, Answer> current = current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = null;
        if (rawQuery != null && !rawQuery.isEmpty()) {
            answer = OldAddress.of(rawPath, rawQuery).map(current::get).orElse(null);
        }
        if (answer == null) {
            answer = OldAddress.of(rawPath, null).map(current::get).orElse(null);
        }
        if (answer != null) {
            hits.merge(answer.id(), 1L, Long::sum);
        }
        return Optional.ofNullable(answer);
    }

    /**
     * A post or redirect was written (at flush, inside its transaction): the next lookup reads the redirects again,
     * and again once the transaction has ended, so that no lookup in between keeps what was read before the commit.
     * (A transactional observer would not do: the flush at commit runs where a new synchronization can no longer be
     * registered through CDI.)
     */
    public void changed(@Observes PublicContentChanged change) {
        if (change.entity() != Redirect.class) {
            return; // a post deleted takes its redirects along: the stamp notices within seconds
        }
        invalidate();
        TransactionSynchronizationRegistry registry = transactions();
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE
                && registry.getResource(RedirectLookup.class) == null) {
            registry.putResource(RedirectLookup.class, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    /** Reads the redirects as the application starts, so that no reader's request pays for it. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        synchronized (reading) {
            read();
        }
    }

    /** What this node keeps may be behind the database: the next lookup reads the redirects again. */
    void invalidate() {
        changes.incrementAndGet();
    }

    private TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            try {
                transactions = InitialContext.doLookup("java:jboss/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                throw new IllegalStateException("No transaction synchronization registry", e);
            }
        }
        return transactions;
    }

    private Map<String, Answer> current() {
        if (readAt != changes.get()) {
            synchronized (reading) {
                if (readAt != changes.get()) {
                    read();
                }
            }
        }
        return answers;
    }

    private void read() {
        long startedAt = changes.get();
        try {
            Redirects.Snapshot snapshot = redirects.snapshot();
            Map<String, Answer> read = new HashMap<>();
            for (RedirectRow row : snapshot.rows()) {
                read.put(row.oldPath(), new Answer(row.id(), row.targetPath()));
            }
            answers = Map.copyOf(read);
            stamp = snapshot.stamp();
            readAt = startedAt;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the redirects; answering with those read before", e);
        }
    }

    /** Adds the hits counted since the last time, and notices changes made on other nodes ({@link RedirectTimer}). */
    public void everyFewSeconds() {
        flushHits();
        try {
            String now = redirects.stamp();
            if (!now.equals(stamp)) {
                synchronized (reading) {
                    read(); // here, so that no reader's request pays for it
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the redirects for changes", e);
        }
    }

    private void flushHits() {
        if (hits.isEmpty()) {
            return;
        }
        Map<Long, Long> taken = new HashMap<>();
        for (Long id : hits.keySet()) {
            Long count = hits.remove(id);
            if (count != null) {
                taken.put(id, count);
            }
        }
        try {
            redirects.addHits(taken, clock.instant());
        } catch (RuntimeException e) {
            taken.forEach((id, count) -> hits.merge(id, count, Long::sum));
            LOG.log(Level.WARNING, "Could not add " + taken.size() + " redirects' hits; kept for the next try", e);
        }
    }

    @PreDestroy
    void flushBeforeStopping() {
        flushHits();
    }
}
