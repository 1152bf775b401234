package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Rendered public pages kept for a moment (a micro-cache): when an article is shared and thousands of readers open
 * the home page and the news list at once, those pages are rendered about once a second instead of once per reader.
 *
 * <p>A page is fresh for {@link #FRESH}; a stale one is still served while a single request renders its successor,
 * for at most {@link #STALE_AT_MOST}. Any change to what the public pages show (posts, categories, images, site
 * settings: entities listening with {@link PublicContentListener}) drops every page at once, when it is flushed and
 * again when its transaction ends, so neither a render between the two nor one that started before may keep old
 * content. What changes without such an entity — a scheduled post whose time has come, view counts — shows within
 * {@link #FRESH}. Each server keeps its own pages; in a cluster another node's change shows within {@link #FRESH}.
 */
@ApplicationScoped
public class PageCache {

    static final Duration FRESH = Duration.ofSeconds(2);
    static final Duration STALE_AT_MOST = Duration.ofSeconds(10);
    /** Home, list pages of each category, two languages: far fewer than this, each some 15–30 KB. */
    static final int MAX_PAGES = 2000;

    private final ConcurrentHashMap<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private volatile TransactionSynchronizationRegistry transactions;

    /** The generation a render is taken from; pages rendered in an older one are not kept. */
    long generation() {
        return generation.get();
    }

    /**
     * The page to serve for this key, or {@code null} when the caller must render it: there is none, it is from
     * before a change, or it is stale and no other request is rendering it yet (the caller then is, and must end
     * with {@link #keep} or {@link #release}).
     */
    CachedPage servable(String key) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (page.generation() != generation.get()) {
            pages.remove(key, page);
            return null;
        }
        long age = System.nanoTime() - page.renderedAt();
        if (age < FRESH.toNanos()) {
            return page;
        }
        if (age < STALE_AT_MOST.toNanos() && !page.claimRefresh()) {
            return page;
        }
        return null;
    }

    void keep(String key, CachedPage page) {
        if (page.generation() == generation.get() && (pages.size() < MAX_PAGES || pages.containsKey(key))) {
            pages.put(key, page);
        } else {
            release(key);
        }
    }

    /** The render of a stale page ended without a page to keep: let the next request try. */
    void release(String key) {
        CachedPage page = pages.get(key);
        if (page != null) {
            page.refreshEnded();
        }
    }

    /** Something the public pages show has changed: no page rendered before now may be served. */
    public void contentChanged() {
        dropAll();
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(PageCache.class) == null) {
            transactions.putResource(PageCache.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    dropAll();
                }
            });
        }
    }

    /**
     * Looked up by its global name when first needed: injected, it would be resolved in {@code java:comp}, which is
     * not bound on the threads where Hibernate first calls an entity listener (a startup singleton's, for one).
     */
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

    private void dropAll() {
        generation.incrementAndGet();
        pages.clear();
    }
}
