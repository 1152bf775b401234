package kr.co.saenal.sandan.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import kr.co.saenal.sandan.news.NewsPost;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * The full-text index of published posts, one per server, in {@code SANDAN_DATA_DIR/search-index}. Hibernate Search
 * keeps it up to date as posts are saved, published, withdrawn and deleted (on commit); this class fills it when it
 * is missing or out of step with the database (first start, a restored backup) and rebuilds it on request.
 */
@ApplicationScoped
public class NewsIndex {

    public static final String NAME = "news";
    public static final String TITLE = "title";
    public static final String TITLE_BIGRAMS = "title_bigrams";
    public static final String SUMMARY = "summary";
    public static final String SUMMARY_BIGRAMS = "summary_bigrams";
    public static final String BODY = "body";
    public static final String BODY_BIGRAMS = "body_bigrams";
    /** The post's attachments, their text in {@code attachments.text} and {@code attachments.text_bigrams}. */
    public static final String ATTACHMENTS = "attachments";

    public static final String ATTACHMENT_TEXT = "text";
    public static final String ATTACHMENT_TEXT_BIGRAMS = "text_bigrams";
    public static final String CATEGORY = "category";
    public static final String STATUS = "status";
    public static final String PUBLISHED_AT = "publishedAt";

    private static final Logger LOG = Logger.getLogger(NewsIndex.class.getName());

    @PersistenceUnit
    EntityManagerFactory emf;

    /** Whether this server's index has been filled since the application started ({@link SearchIndexReadiness}). */
    private volatile boolean built;

    /** Rebuilds the index when it does not hold exactly the published posts of the database. */
    public void rebuildIfIncomplete() {
        long indexed = indexedCount();
        long published = publishedCount();
        if (indexed != published) {
            LOG.info(() -> "The search index holds " + indexed + " posts, the database " + published
                    + " published: rebuilding it");
            rebuild();
        }
        built = true;
    }

    boolean built() {
        return built;
    }

    /** Reads every published post again into an emptied index; searches meanwhile find what is already indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        try {
            startRebuild(added -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rebuilding the search index failed", e.getCause());
        }
        long count = indexedCount();
        LOG.info(() ->
                "Search index rebuilt: " + count + " posts in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return count;
    }

    /**
     * Starts rebuilding the index on Hibernate Search's own threads, which tell {@code progress} the number of posts
     * indexed so far (keep it quick: it runs on their threads, outside any transaction).
     */
    public CompletableFuture<?> startRebuild(LongConsumer progress) {
        return Search.mapping(emf)
                .scope(NewsPost.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(50)
                .monitor(new ProgressMonitor(progress))
                .start()
                .toCompletableFuture();
    }

    /** The number of published posts a rebuild will index. */
    public long toIndex() {
        return publishedCount();
    }

    /** Counts the posts written into the index; Hibernate Search calls it from its indexing threads. */
    private static final class ProgressMonitor implements MassIndexingMonitor {
        private final LongConsumer progress;
        private final AtomicLong added = new AtomicLong();

        ProgressMonitor(LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            progress.accept(added.addAndGet(increment));
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {}

        @Override
        public void indexingCompleted() {}
    }

    /** Counted with an entity manager of its own: this runs at startup and from the API, outside transactions. */
    long indexedCount() {
        try (EntityManager reader = emf.createEntityManager()) {
            return Search.session(reader)
                    .search(NewsPost.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private long publishedCount() {
        try (EntityManager reader = emf.createEntityManager()) {
            return reader.createQuery(
                            "select count(p) from NewsPost p "
                                    + "where p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED",
                            Long.class)
                    .getSingleResult();
        }
    }
}
