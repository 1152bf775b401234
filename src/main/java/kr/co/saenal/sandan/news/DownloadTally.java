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
 * Downloads of attachments, counted in memory and added to the database every few seconds, one update per file,
 * as {@link ReadingTally} does for readings (and for the same reason: a popular 공고문 must not serialise its
 * readers on one row lock). Each node of a cluster adds its own; whether a reader counts at all is decided by the
 * reader's own cookie ({@code news.web.ReadArticles}, under its own name), so once a day per reader on any node.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DownloadTally {

    private static final Logger LOG = Logger.getLogger(DownloadTally.class.getName());

    private final Map<Long, Long> pending = new ConcurrentHashMap<>();

    @Inject
    AttachmentRepository repository;

    public void count(long attachmentId) {
        pending.merge(attachmentId, 1L, Long::sum);
    }

    /** Downloads of the file not yet in the database. */
    public long pending(long attachmentId) {
        return pending.getOrDefault(attachmentId, 0L);
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "download tally")
    public void flush() {
        for (Long id : pending.keySet()) {
            Long downloads = pending.remove(id);
            if (downloads != null) {
                try {
                    repository.addDownloads(id, downloads);
                } catch (RuntimeException e) {
                    pending.merge(id, downloads, Long::sum);
                    LOG.log(Level.WARNING, "Could not add " + downloads + " downloads to attachment " + id, e);
                }
            }
        }
    }

    @PreDestroy
    void flushBeforeStopping() {
        flush();
    }
}
