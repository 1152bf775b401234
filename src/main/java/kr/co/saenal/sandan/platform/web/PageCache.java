package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import kr.co.saenal.sandan.platform.PublicContentChanged;

/**
 * Rendered public pages kept for a moment (a micro-cache): when an article is shared and thousands of readers open
 * the home page and the news list at once, those pages are rendered about once a second instead of once per reader.
 *
 * <p>A page is fresh for {@link #FRESH}; a stale one is still served while a single request renders its successor,
 * for at most {@link #STALE_AT_MOST}. Any change to what the public pages show (posts, categories, images, site
 * settings: entities listening with {@code PublicContentListener}, announcing {@link PublicContentChanged}) drops every page at once, when it is flushed and
 * again when its transaction ends, so neither a render between the two nor one that started before may keep old
 * content. What changes without such an entity — a scheduled post whose time has come, view counts — shows within
 * {@link #FRESH}. A page that knows when it will be wrong ({@link PageLifetime}: a pinned notice's last day) is
 * never served past that moment, not even stale. Each server keeps its own pages; in a cluster another node's change shows within {@link #FRESH}.
 */
@ApplicationScoped
public class PageCache {

    static final Duration FRESH = Duration.ofSeconds(2);
    static final Duration STALE_AT_MOST = Duration.ofSeconds(10);
    /** How long readers wait for the first render of a page another request is rendering, before rendering it too. */
    static final Duration FIRST_RENDER_WAIT = Duration.ofSeconds(3);
    /**
     * Pages rendered within {@link #STALE_AT_MOST} (home, lists, the articles being read, feeds) in two languages
     * and a few hosts; each some 15–60 KB.
     */
    static final int MAX_PAGES = 500;
    /**
     * Keys that begin so name pages whose address visitors make up by the words they search for: they are kept on
     * a shelf of their own, at most {@link #MAX_SEARCHES}, so that however many different searches are asked they
     * never push the home page and the lists out.
     */
    static final String SEARCH = "search ";
    /** The same search asked again and again (a link shared, a popular word): a few hundred are plenty. */
    static final int MAX_SEARCHES = 200;

    private final ConcurrentHashMap<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CachedPage> searches = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CountDownLatch> firstRenders = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanoClock;
    private volatile TransactionSynchronizationRegistry transactions;

    public PageCache() {
        this(System::nanoTime, null);
    }

    /** With a clock of its own ({@link System#nanoTime()}'s kind) and transactions, outside the server. */
    PageCache(LongSupplier nanoClock, TransactionSynchronizationRegistry transactions) {
        this.nanoClock = nanoClock;
        this.transactions = transactions;
    }

    /** The time a page rendered now is rendered at, as {@link CachedPage#renderedAt()} takes it. */
    long now() {
        return nanoClock.getAsLong();
    }

    /**
     * What a request for {@code key} is to do: serve a kept page, or render the page and end with {@link #finished}.
     * Of many readers asking at once for a page that is missing or stale, one renders and the others are served
     * the stale copy or wait for the first render (at most {@link #FIRST_RENDER_WAIT}).
     */
    Ticket lookup(String key) throws InterruptedException {
        long generationAsked = generation.get();
        ConcurrentHashMap<String, CachedPage> shelf = shelfOf(key);
        for (int attempt = 0; attempt < 2; attempt++) {
            CachedPage page = shelf.get(key);
            if (page != null && (page.generation() != generation.get() || page.expired(now()))) {
                shelf.remove(key, page);
                page = null;
            }
            if (page != null) {
                long age = now() - page.renderedAt();
                if (age < FRESH.toNanos()) {
                    return Ticket.serve(page);
                }
                if (age < STALE_AT_MOST.toNanos()) {
                    return page.claimRefresh() ? Ticket.refresh(page, generationAsked) : Ticket.serve(page);
                }
            }
            CountDownLatch mine = new CountDownLatch(1);
            CountDownLatch other = firstRenders.putIfAbsent(key, mine);
            if (other == null) {
                return Ticket.firstRender(mine, generationAsked);
            }
            other.await(FIRST_RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return Ticket.alone(generationAsked);
    }

    /** Ends a render: keeps {@code rendered} (when there is one and nothing changed meanwhile), lets waiters go. */
    void finished(String key, Ticket ticket, CachedPage rendered) {
        try {
            if (rendered != null && rendered.generation() == generation.get() && !rendered.expired(now())) {
                ConcurrentHashMap<String, CachedPage> shelf = shelfOf(key);
                if (shelf.size() >= (shelf == searches ? MAX_SEARCHES : MAX_PAGES) && !shelf.containsKey(key)) {
                    long now = now();
                    // Pages past STALE_AT_MOST are never served again; the rest only when visitors outpace that.
                    shelf.values().removeIf(page -> now - page.renderedAt() >= STALE_AT_MOST.toNanos());
                    if (shelf.size() >= (shelf == searches ? MAX_SEARCHES : MAX_PAGES)) {
                        shelf.clear(); // visitors choose the keys: never let them fill the heap
                    }
                }
                shelf.put(key, rendered);
            }
        } finally {
            if (ticket.refreshing() != null) {
                ticket.refreshing().refreshEnded();
            }
            if (ticket.firstRender() != null) {
                firstRenders.remove(key, ticket.firstRender());
                ticket.firstRender().countDown();
            }
        }
    }

    /**
     * A request's part: {@code serve} a kept page, or render one in {@code generation} — as the one refreshing a
     * stale page, as the first render others wait for, or alone.
     */
    record Ticket(CachedPage serve, CachedPage refreshing, CountDownLatch firstRender, long generation) {

        static Ticket serve(CachedPage page) {
            return new Ticket(page, null, null, page.generation());
        }

        static Ticket refresh(CachedPage page, long generation) {
            return new Ticket(null, page, null, generation);
        }

        static Ticket firstRender(CountDownLatch latch, long generation) {
            return new Ticket(null, null, latch, generation);
        }

        static Ticket alone(long generation) {
            return new Ticket(null, null, null, generation);
        }
    }

    void onContentChanged(@Observes PublicContentChanged change) {
        contentChanged();
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
                public void beforeCompletion() {}

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

    private ConcurrentHashMap<String, CachedPage> shelfOf(String key) {
        return key.startsWith(SEARCH) ? searches : pages;
    }

    private void dropAll() {
        generation.incrementAndGet();
        pages.clear();
        searches.clear();
    }
}
