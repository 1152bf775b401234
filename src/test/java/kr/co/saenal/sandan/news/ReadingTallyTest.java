package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Readings counted in memory and moved to the database in bulk: a reader adding the pending readings to the stored
 * count sees every reading exactly once, also while a flush is moving them.
 */
class ReadingTallyTest {

    private static final long ARTICLE = 7;

    /** A database whose update of the count can be held half-way, before its commit is visible. */
    static final class HeldDatabase extends NewsRepository {
        final AtomicLong stored = new AtomicLong();
        final CountDownLatch updating = new CountDownLatch(1);
        final CountDownLatch commit = new CountDownLatch(1);

        @Override
        public void addViews(long id, long readings) {
            updating.countDown();
            await(commit);
            stored.addAndGet(readings);
        }
    }

    @Test
    void readingsAreAddedToTheDatabaseAndNoLongerPending() {
        HeldDatabase database = new HeldDatabase();
        database.commit.countDown();
        ReadingTally tally = tallyOver(database);
        tally.count(ARTICLE);
        tally.count(ARTICLE);

        tally.flush();

        assertEquals(2, database.stored.get());
        assertEquals(0, tally.pending(ARTICLE));
    }

    @Test
    void aReaderDuringAFlushSeesEveryReadingOnce() throws Exception {
        HeldDatabase database = new HeldDatabase();
        ReadingTally tally = tallyOver(database);
        for (int i = 0; i < 3; i++) {
            tally.count(ARTICLE);
        }
        Thread flush = new Thread(tally::flush);
        flush.start();
        assertTrue(database.updating.await(30, TimeUnit.SECONDS));

        AtomicLong seen = new AtomicLong(-1);
        Thread reader =
                new Thread(() -> seen.set(tally.steadily(() -> database.stored.get() + tally.pending(ARTICLE))));
        reader.start();
        awaitParkedOrDone(reader);
        database.commit.countDown();
        reader.join(30_000);
        flush.join(30_000);

        assertEquals(3, seen.get(), "readings neither in memory nor yet in the database were not counted");
    }

    @Test
    void aFailedUpdateKeepsTheReadingsForTheNextFlush() {
        NewsRepository failing = new NewsRepository() {
            @Override
            public void addViews(long id, long readings) {
                throw new IllegalStateException("database down");
            }
        };
        ReadingTally tally = tallyOver(failing);
        tally.count(ARTICLE);

        tally.flush();

        assertEquals(1, tally.pending(ARTICLE));
    }

    private static ReadingTally tallyOver(NewsRepository database) {
        ReadingTally tally = new ReadingTally();
        tally.repository = database;
        return tally;
    }

    /** Until the thread waits (for the lock) or has finished: either way it has tried to read. */
    private static void awaitParkedOrDone(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.getState() != Thread.State.WAITING
                && thread.getState() != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
