package kr.co.saenal.sandan.platform.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per client with a token bucket: a client may send {@code limit} requests at once and then one
 * more every {@code window / limit}. Kept in this server's memory, so in a cluster each node counts on its own.
 * Buckets that have filled up again are forgotten, so memory stays bounded by the clients of one window.
 */
public final class RateLimiter {

    /** Forget full buckets when there are more than this many. */
    private static final int SWEEP_ABOVE = 10_000;

    /** Tokens are counted in nanoseconds of "debt": a bucket is full at 0 and empty at {@code window}. */
    private record Bucket(long debtNanos, Instant at) {}

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Under a flood of many clients the sweep would run on every request: at most once a second, then. */
    private volatile Instant nextSweep = Instant.MIN;

    /**
     * Takes one request of {@code client} at {@code now}.
     *
     * @return empty when the request may go on; otherwise how long the client must wait for the next one
     */
    public Optional<Duration> acquire(String client, int limit, Duration window, Instant now) {
        long windowNanos = window.toNanos();
        long costNanos = windowNanos / limit;
        Duration[] wait = new Duration[1];
        buckets.compute(client, (key, bucket) -> {
            long debt = bucket == null ? 0 : Math.max(0, bucket.debtNanos() - elapsedNanos(bucket.at(), now));
            if (debt + costNanos > windowNanos) {
                wait[0] = Duration.ofNanos(debt + costNanos - windowNanos);
                return new Bucket(debt, now);
            }
            return new Bucket(debt + costNanos, now);
        });
        if (buckets.size() > SWEEP_ABOVE && now.isAfter(nextSweep)) {
            nextSweep = now.plusSeconds(1);
            buckets.entrySet()
                    .removeIf(e -> e.getValue().debtNanos()
                            <= elapsedNanos(e.getValue().at(), now));
        }
        return Optional.ofNullable(wait[0]);
    }

    /** Forgets every client (when the limits change). */
    public void clear() {
        buckets.clear();
    }

    private static long elapsedNanos(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to).toNanos() : 0;
    }
}
