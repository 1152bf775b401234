package kr.co.saenal.sandan.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.co.saenal.sandan.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A cluster-wide job is run by one taker per round, however many servers reach for it at once. */
@ExtendWith(ArquillianExtension.class)
class ClusterLeasesIT {

    private static final String JOB = "personal-data-retention";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ClusterLeases leases;

    @Test
    void oneOfManyServersTakesTheRoundAndTheNextRoundIsFreeWhenTheLeaseEnds() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            // A lease long enough to outlast the race on a slow machine: a short one could end mid-race and let a
            // second server take it.
            Duration round = Duration.ofMinutes(10);
            List<Callable<Boolean>> reaches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reaches.add(() -> leases.acquire(JOB, round));
            }
            Instant raceStarted = Instant.now();
            long taken = 0;
            for (Future<Boolean> reach : servers.invokeAll(reaches)) {
                taken += reach.get() ? 1 : 0;
            }
            Instant raceEnded = Instant.now();
            assertEquals(1, taken, "exactly one taker");
            assertFalse(leases.acquire(JOB, round), "held until it ends");
            JobLease lease = leases.lease(JOB);
            assertEquals(System.getProperty("jboss.node.name"), lease.getHolder());
            assertFalse(
                    lease.getLeasedUntil().isBefore(raceStarted.plus(round).truncatedTo(ChronoUnit.MILLIS)),
                    () -> "held for the length asked: " + lease.getLeasedUntil());
            assertFalse(lease.getLeasedUntil().isAfter(raceEnded.plus(round)), () -> "until " + lease.getLeasedUntil());

            leases.holdUntil(JOB, Instant.now()); // its time has come
            assertTrue(leases.acquire(JOB, Duration.ofHours(1)), "free again once it has ended");
            leases.release(JOB);
            assertTrue(
                    leases.acquire(JOB, Duration.ofHours(1)),
                    "free at once when the taker gives it back (a failed run)");
            leases.holdUntil(JOB, Instant.now().plusSeconds(3600));
            assertFalse(leases.acquire(JOB, Duration.ofMillis(1)), "held until the next time the job is due");
            leases.holdUntil(JOB, Instant.now());
        } finally {
            servers.shutdownNow();
        }
    }
}
