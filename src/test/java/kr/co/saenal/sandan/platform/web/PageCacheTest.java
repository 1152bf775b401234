package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The page cache's rules, with real threads where readers meet and a clock the test moves: nothing here waits for
 * time to pass.
 */
class PageCacheTest {

    private static final String HOME = "http://127.0.0.1:8080/?{}|ko";
    private static final int READERS = 8;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final Transactions transactions = new Transactions();
    private final PageCache cache = new PageCache(clock::get, transactions.registry());
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void aRenderedPageIsServedWhileFresh() throws Exception {
        CachedPage home = render(HOME, "<p>홈</p>");

        assertSame(home, cache.lookup(HOME).serve());
        clock.addAndGet(PageCache.FRESH.toNanos() - 1);
        assertSame(home, cache.lookup(HOME).serve());
    }

    @Test
    void manyReadersOfAMissingPageWaitForOneRenderAndAreAllServedIt() throws Exception {
        PageCache.Ticket first = cache.lookup(HOME);
        assertNotNull(first.firstRender(), "the first reader renders");

        List<Future<PageCache.Ticket>> others = askAtOnce(HOME, READERS);
        awaitAllWaiting(others); // every other reader is waiting for that render, none renders it too
        CachedPage home = page(first, "<p>홈</p>");
        cache.finished(HOME, first, home);

        for (Future<PageCache.Ticket> other : others) {
            assertSame(home, other.get().serve(), "served the one render");
        }
    }

    @Test
    void whileOneReaderRendersAStalePageAgainAllOthersAreServedTheStaleCopy() throws Exception {
        CachedPage old = render(HOME, "<p>지난 홈</p>");
        clock.addAndGet(PageCache.FRESH.toNanos());

        List<PageCache.Ticket> tickets = new ArrayList<>();
        for (Future<PageCache.Ticket> ticket : askAtOnce(HOME, READERS)) {
            tickets.add(ticket.get());
        }

        List<PageCache.Ticket> refreshing =
                tickets.stream().filter(t -> t.refreshing() != null).toList();
        assertEquals(1, refreshing.size(), "exactly one reader renders the page again");
        assertSame(old, refreshing.get(0).refreshing());
        assertEquals(
                READERS - 1, tickets.stream().filter(t -> t.serve() == old).count(), "the others get the stale copy");

        assertSame(old, cache.lookup(HOME).serve(), "still the stale copy while the new one is rendered");
        CachedPage fresh = page(refreshing.get(0), "<p>새 홈</p>");
        cache.finished(HOME, refreshing.get(0), fresh);
        assertSame(fresh, cache.lookup(HOME).serve());
    }

    @Test
    void whenTheRenderOfASuccessorGivesNoPageTheNextReaderTriesAgain() throws Exception {
        CachedPage old = render(HOME, "<p>지난 홈</p>");
        clock.addAndGet(PageCache.FRESH.toNanos());
        PageCache.Ticket refresh = cache.lookup(HOME);
        assertSame(old, refresh.refreshing());

        cache.finished(HOME, refresh, null); // e.g. the render failed or set a cookie

        assertSame(old, cache.lookup(HOME).refreshing(), "the next reader renders it");
    }

    @Test
    void aPageTooLongStaleIsNotServedButRenderedAgain() throws Exception {
        render(HOME, "<p>지난 홈</p>");
        clock.addAndGet(PageCache.STALE_AT_MOST.toNanos());

        PageCache.Ticket ticket = cache.lookup(HOME);

        assertNull(ticket.serve());
        assertNull(ticket.refreshing());
        assertNotNull(ticket.firstRender(), "rendered as if it were missing; others wait for it");
    }

    @Test
    void eachAddressIsKeptApart() throws Exception {
        CachedPage home = render(HOME, "<p>홈</p>");
        CachedPage list = render("http://127.0.0.1:8080/news?{}|ko", "<p>목록</p>");

        assertSame(home, cache.lookup(HOME).serve());
        assertSame(list, cache.lookup("http://127.0.0.1:8080/news?{}|ko").serve());
        assertNull(cache.lookup("http://127.0.0.1:8080/news?{}|en").serve());
    }

    @Test
    void atMostFiveHundredPagesAreKeptSoVisitorsCannotFillTheHeap() throws Exception {
        for (int i = 0; i < PageCache.MAX_PAGES; i++) {
            render(listPage(i), "<p>" + i + "</p>");
        }
        for (int i = 0; i < PageCache.MAX_PAGES; i++) {
            assertNotNull(cache.lookup(listPage(i)).serve(), "all " + PageCache.MAX_PAGES + " kept");
        }

        CachedPage oneMore = render(listPage(PageCache.MAX_PAGES), "<p>하나 더</p>");

        assertSame(oneMore, cache.lookup(listPage(PageCache.MAX_PAGES)).serve());
        for (int i = 0; i < PageCache.MAX_PAGES; i++) {
            assertNull(cache.lookup(listPage(i)).serve(), "the others were let go");
        }
    }

    @Test
    void aKeptPageRenderedAgainWhenTheCacheIsFullDropsNothing() throws Exception {
        for (int i = 0; i < PageCache.MAX_PAGES; i++) {
            render(listPage(i), "<p>" + i + "</p>");
        }
        clock.addAndGet(PageCache.FRESH.toNanos());
        PageCache.Ticket refresh = cache.lookup(listPage(7));

        cache.finished(listPage(7), refresh, page(refresh, "<p>7 again</p>"));

        assertNotNull(cache.lookup(listPage(8)).refreshing(), "page 8 is still kept (stale, to be rendered again)");
    }

    @Test
    void searchesHaveAShelfOfTheirOwnAndNeverPushTheOtherPagesOut() throws Exception {
        CachedPage home = render(HOME, "<p>홈</p>");
        for (int i = 0; i < PageCache.MAX_SEARCHES; i++) {
            render(search("낱말" + i), "<p>" + i + "</p>");
        }
        assertNotNull(cache.lookup(search("낱말0")).serve(), "all " + PageCache.MAX_SEARCHES + " searches kept");

        CachedPage oneMore = render(search("하나 더"), "<p>하나 더</p>");

        assertSame(oneMore, cache.lookup(search("하나 더")).serve());
        assertNull(cache.lookup(search("낱말0")).serve(), "the other searches were let go");
        assertSame(home, cache.lookup(HOME).serve(), "the home page stays");
    }

    @Test
    void aChangeDropsTheSearchesToo() throws Exception {
        render(search("산업단지"), "<p>검색</p>");

        cache.contentChanged();

        assertNull(cache.lookup(search("산업단지")).serve());
    }

    @Test
    void aChangeDropsEveryPageAtOnce() throws Exception {
        render(HOME, "<p>홈</p>");
        render(listPage(1), "<p>목록</p>");

        cache.contentChanged();

        assertNull(cache.lookup(HOME).serve());
        assertNull(cache.lookup(listPage(1)).serve());
    }

    @Test
    void aPageWhoseRenderBeganBeforeAChangeIsNotKept() throws Exception {
        PageCache.Ticket before = cache.lookup(HOME);
        CachedPage renderedMeanwhile = page(before, "<p>바뀌기 전 내용</p>");

        cache.contentChanged();
        cache.finished(HOME, before, renderedMeanwhile);

        PageCache.Ticket after = cache.lookup(HOME);
        assertNull(after.serve(), "its content may be older than the change");
        assertNotNull(after.firstRender(), "and the reader who waited for it may render it now");
    }

    @Test
    void aChangeInATransactionAlsoDropsWhatWasRenderedBeforeItCommitted() throws Exception {
        transactions.status = Status.STATUS_ACTIVE;
        cache.contentChanged();
        cache.contentChanged();
        CachedPage beforeCommit = render(HOME, "<p>커밋 전에 읽은 내용</p>");
        assertSame(beforeCommit, cache.lookup(HOME).serve());
        assertEquals(1, transactions.synchronizations.size(), "one drop after the transaction, however many changes");

        transactions.complete(Status.STATUS_COMMITTED);

        assertNull(cache.lookup(HOME).serve());
    }

    @Test
    void aChangeOutsideATransactionDropsPagesOnce() throws Exception {
        transactions.status = Status.STATUS_NO_TRANSACTION;
        cache.contentChanged();
        CachedPage after = render(HOME, "<p>홈</p>");

        assertSame(after, cache.lookup(HOME).serve());
        assertTrue(transactions.synchronizations.isEmpty());
    }

    private CachedPage render(String key, String body) throws InterruptedException {
        PageCache.Ticket ticket = cache.lookup(key);
        assertNull(ticket.serve(), key + " is to be rendered");
        CachedPage page = page(ticket, body);
        cache.finished(key, ticket, page);
        return page;
    }

    private CachedPage page(PageCache.Ticket ticket, String body) {
        return new CachedPage(body, null, Map.of(), "text/html;charset=UTF-8", ticket.generation(), cache.now());
    }

    private static String search(String words) {
        return PageCache.SEARCH + "http://127.0.0.1:8080/search?{q=" + words + "}|ko";
    }

    private static String listPage(int number) {
        return "http://127.0.0.1:8080/news?{page=" + (number + 1) + "}|ko";
    }

    /** {@code count} readers asking for {@code key} as nearly at once as threads can. */
    private List<Future<PageCache.Ticket>> askAtOnce(String key, int count) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PageCache.Ticket>> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<PageCache.Ticket> reader = () -> {
                ready.countDown();
                go.await();
                return cache.lookup(key);
            };
            tickets.add(readers.submit(reader));
        }
        ready.await();
        go.countDown();
        return tickets;
    }

    /**
     * Until every reader is parked waiting for a first render (their only way to block in lookup), or one of them has
     * come back without waiting, which the test's assertions then show.
     */
    private void awaitAllWaiting(List<Future<PageCache.Ticket>> askers) {
        while (askers.stream().noneMatch(Future::isDone)) {
            long waiting = Thread.getAllStackTraces().entrySet().stream()
                    .filter(thread -> thread.getKey().getState() == Thread.State.TIMED_WAITING)
                    .filter(thread -> Arrays.stream(thread.getValue())
                            .anyMatch(frame -> frame.getClassName().equals(PageCache.class.getName())
                                    && frame.getMethodName().equals("lookup")))
                    .count();
            if (waiting == askers.size()) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    /** The server's transaction registry, as much of it as the page cache uses, with a transaction the test ends. */
    private static final class Transactions {
        int status = Status.STATUS_NO_TRANSACTION;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        TransactionSynchronizationRegistry registry() {
            return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {TransactionSynchronizationRegistry.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getTransactionStatus":
                                return status;
                            case "getResource":
                                return resources.get(args[0]);
                            case "putResource":
                                resources.put(args[0], args[1]);
                                return null;
                            case "registerInterposedSynchronization":
                                synchronizations.add((Synchronization) args[0]);
                                return null;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(outcome));
            status = Status.STATUS_NO_TRANSACTION;
            resources.clear();
        }
    }
}
