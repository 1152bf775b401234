package kr.co.saenal.sandan.news.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes up on this server the rebuilds asked for in the back office ({@link IndexRebuilds}): every second it looks
 * for a request it has not taken up, rebuilds its own index and writes how far it has got twice a second.
 * Requests older than this server's start are left alone: a server that starts builds its index anyway
 * ({@link SearchIndexStartup}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRebuildRunner {

    private static final Logger LOG = Logger.getLogger(IndexRebuildRunner.class.getName());
    private static final Duration REPORT_EVERY = Duration.ofMillis(500);

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    NewsIndex index;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant startedAt;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "search index rebuilds")
    void takeUp() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (startedAt == null) {
                startedAt = clock.instant().minusSeconds(1);
            }
            rebuilds.waitingFor(node(), startedAt).ifPresent(this::rebuild);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for search index rebuilds failed; trying again in a second", e);
        } finally {
            running.set(false);
        }
    }

    private void rebuild(long request) {
        String node = node();
        rebuilds.started(request, node, index.toIndex());
        LOG.info(() -> "Rebuilding the search index as asked in the back office (request " + request + ")");
        AtomicLong done = new AtomicLong();
        try {
            CompletableFuture<?> work = index.startRebuild(done::set);
            while (!finishedWithin(work, REPORT_EVERY)) {
                rebuilds.progressed(request, node, done.get());
            }
            long indexed = index.indexedCount();
            rebuilds.finished(request, node, indexed, false);
            LOG.info(() -> "Search index rebuilt as asked (request " + request + "): " + indexed + " posts");
        } catch (RuntimeException | ExecutionException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index (request " + request + ") failed", e);
            rebuilds.finished(request, node, done.get(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuilds.finished(request, node, done.get(), true);
        }
    }

    private static boolean finishedWithin(CompletableFuture<?> work, Duration wait)
            throws ExecutionException, InterruptedException {
        try {
            work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        }
    }

    /** The server's name in the cluster (WildFly's {@code jboss.node.name}, the host name by default). */
    static String node() {
        return System.getProperty("jboss.node.name", "server");
    }
}
