package kr.co.saenal.sandan.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when this server's own search index has been filled since the application started
 * ({@link SearchIndexStartup}) and keeps following the posts saved on any server ({@link IndexFollower}): not ready
 * when the follower has failed for longer than a minute, since searches here then miss what was saved meanwhile.
 * Reads no database; the indexed count is Lucene's.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    static final String NAME = "sandan-search-index";
    static final Duration FAILING_AT_MOST = Duration.ofMinutes(1);

    @Inject
    NewsIndex index;

    @Inject
    IndexFollower follower;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!index.built()) {
            return response.down().withData("built", false).build();
        }
        response.withData("built", true).withData("indexedPosts", index.indexedCount());
        Optional<Instant> failing = follower.failingSince();
        if (failing.isPresent()) {
            response.withData("followingFailsSince", failing.get().toString());
        }
        return response.status(
                        failing.filter(since -> since.plus(FAILING_AT_MOST).isBefore(clock.instant()))
                                .isEmpty())
                .build();
    }
}
