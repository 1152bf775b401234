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

    @Inject
    NewsRepository repository;

    public void count(long articleId) {
        pending.merge(articleId, 1L, Long::sum);
    }

    /** Readings of the article not yet in the database (to show with the stored count). */
    public long pending(long articleId) {
        return pending.getOrDefault(articleId, 0L);
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "reading tally")
    public void flush() {
        for (Long id : pending.keySet()) {
            Long readings = pending.remove(id);
            if (readings != null) {
                try {
                    repository.addViews(id, readings);
                } catch (RuntimeException e) {
                    pending.merge(id, readings, Long::sum);
                    LOG.log(Level.WARNING, "Could not add " + readings + " readings to post " + id + "; kept for the next try", e);
                }
            }
        }
    }

    @PreDestroy
    void flushBeforeStopping() {
        flush();
    }
}
