package kr.co.saenal.sandan.platform.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per {@code freshness}: settings that every request asks for. A change
 * made on this node calls {@link #forget()} and holds at once; other nodes see it within {@code freshness}. A clock
 * that went back reads again.
 */
public final class RecentlyRead<T> {

    private record Read<T>(T value, Instant at) {}

    private final Duration freshness;
    private final Supplier<T> reader;
    private volatile Read<T> last;

    public RecentlyRead(Duration freshness, Supplier<T> reader) {
        this.freshness = freshness;
        this.reader = reader;
    }

    public T get(Clock clock) {
        Read<T> known = last;
        Instant now = clock.instant();
        if (known == null || now.isAfter(known.at().plus(freshness)) || now.isBefore(known.at())) {
            known = new Read<>(reader.get(), now);
            last = known;
        }
        return known.value();
    }

    public void forget() {
        last = null;
    }
}
