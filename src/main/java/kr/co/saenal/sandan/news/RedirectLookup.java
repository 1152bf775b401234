package kr.co.saenal.sandan.news;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import kr.co.saenal.sandan.platform.PublicContentChanged;

/**
 * Answers "does this address redirect, and where to?" from memory, for every request that might: a hash lookup, no
 * statement. Each node keeps every redirect (old address → id and current target; thousands are a few hundred
 * kilobytes) and reads them again when they may have changed: at once after a change this node committed (posts and
 * redirects are public content, {@link PublicContentChanged}), and every five seconds when the table's stamp (count
 * and newest change) differs from the one it read, which is how a change made on another node arrives. Hits are
 * counted in memory and added every five seconds, one update per redirect hit since, as {@link ReadingTally} does
 * with readings; a node that dies loses at most those seconds of hits.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
    private volatile boolean stale = true;
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
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // in the writer's transaction, to follow its end
    public void changed(@Observes PublicContentChanged change) {
        stale = true;
        TransactionSynchronizationRegistry registry = transactions();
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE
                && registry.getResource(RedirectLookup.class) == null) {
            registry.putResource(RedirectLookup.class, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    stale = true;
                }
            });
        }
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
        if (stale) {
            synchronized (reading) {
                if (stale) {
                    read();
                }
            }
        }
        return answers;
    }

    private void read() {
        try {
            Redirects.Snapshot snapshot = redirects.snapshot();
            Map<String, Answer> read = new HashMap<>();
            for (RedirectRow row : snapshot.rows()) {
                read.put(row.oldPath(), new Answer(row.id(), row.targetPath()));
            }
            answers = Map.copyOf(read);
            stamp = snapshot.stamp();
            stale = false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the redirects; answering with those read before", e);
        }
    }

    /** Adds the hits counted since the last time, and notices changes made on other nodes. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "redirect hits and changes")
    public void everyFewSeconds() {
        flushHits();
        try {
            String now = redirects.stamp();
            if (!now.equals(stamp)) {
                stale = true;
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
