package kr.co.saenal.sandan.news;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Readings of articles, counted in memory and written to the database every few seconds, one update per article
 * with what has come in since. Counting in the request itself would make every reader of a popular article wait for
 * the same row lock and a commit of its own: a shared article would be served one commit at a time. A server that
 * dies loses at most the last few seconds of counts; each node of a cluster adds its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadingTally {

    private static final Logger LOG = Logger.getLogger(ReadingTally.class.getName());

    /** Readings per article since the last flush; {@code merge} and {@code remove} are atomic, so none is lost. */
    private final Map<Long, Long> pending = new ConcurrentHashMap<>();

    /**
     * Held to read a stored count together with what is pending ({@link #steadily}), and to move readings from
     * memory to the database: a reader never sees them in neither place, or in both.
     */
    private final ReadWriteLock moving = new ReentrantReadWriteLock();

    @Inject
    NewsRepository repository;

    public void count(long articleId) {
        pending.merge(articleId, 1L, Long::sum);
    }

    /** Readings of the article not yet in the database (to show with the stored count, read {@link #steadily}). */
    public long pending(long articleId) {
        return pending.getOrDefault(articleId, 0L);
    }

    /** Runs {@code read} (a stored count plus {@link #pending}) while no readings are on their way to the database. */
    public <T> T steadily(Supplier<T> read) {
        moving.readLock().lock();
        try {
            return read.get();
        } finally {
            moving.readLock().unlock();
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "reading tally")
    public void flush() {
        for (Long id : pending.keySet()) {
            moving.writeLock().lock();
            try {
                Long readings = pending.remove(id);
                if (readings != null) {
                    try {
                        repository.addViews(id, readings); // committed before the lock is let go
                    } catch (RuntimeException e) {
                        pending.merge(id, readings, Long::sum);
                        LOG.log(
                                Level.WARNING,
                                "Could not add " + readings + " readings to post " + id + "; kept for the next try",
                                e);
                    }
                }
            } finally {
                moving.writeLock().unlock();
            }
        }
    }

    @PreDestroy
    void flushBeforeStopping() {
        flush();
    }
}
