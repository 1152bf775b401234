package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The redirects a node keeps in memory follow the database: a redirect committed while the node was reading them
 * (a request arriving during an import's commit) is found by the next lookup, not five seconds later.
 */
class RedirectLookupTest {

    private static final String OLD = "/2025/03/%ec%83%88-%ec%82%b0%eb%8b%a8/";

    /** A table whose reading can let a commit happen between the stamp and the rows it returns. */
    static final class Table extends Redirects {
        final List<RedirectRow> committed = new ArrayList<>();
        Runnable duringReading = () -> {};
        int readings;

        @Override
        public Snapshot snapshot() {
            readings++;
            List<RedirectRow> seen = List.copyOf(committed);
            Runnable commit = duringReading;
            duringReading = () -> {};
            commit.run();
            return new Snapshot("stamp " + seen.size(), seen);
        }

        @Override
        public String stamp() {
            return "stamp " + committed.size();
        }
    }

    @Test
    void aRedirectCommittedWhileTheLookupWasReadingIsFoundAtTheNextRequest() {
        Table table = new Table();
        RedirectLookup lookup = new RedirectLookup();
        lookup.redirects = table;
        assertTrue(lookup.find("/nothing", null).isEmpty(), "nothing to find yet");

        lookup.invalidate(); // an import flushes its redirects
        table.duringReading = () -> {
            table.committed.add(row(OLD, "/news/7/new-sandan"));
            lookup.invalidate(); // ...and commits while a request reads what is there
        };
        assertTrue(lookup.find(OLD, null).isEmpty(), "that request read before the commit");

        Optional<RedirectLookup.Answer> next = lookup.find(OLD, null);
        assertEquals(
                "/news/7/new-sandan", next.map(RedirectLookup.Answer::location).orElse(null));
        assertEquals(3, table.readings);
    }

    @Test
    void withoutChangesTheRedirectsAreReadOnce() {
        Table table = new Table();
        table.committed.add(row(OLD, "/news/7/new-sandan"));
        RedirectLookup lookup = new RedirectLookup();
        lookup.redirects = table;
        for (int i = 0; i < 3; i++) {
            assertTrue(lookup.find(OLD.toUpperCase(java.util.Locale.ROOT), null).isPresent());
        }
        assertEquals(1, table.readings);
    }

    private static RedirectRow row(String oldPath, String target) {
        return new RedirectRow(
                1,
                OldAddress.of(oldPath, null).orElseThrow(),
                7L,
                "새 산단",
                target,
                Redirect.Origin.IMPORT,
                0,
                null,
                Instant.EPOCH);
    }
}
