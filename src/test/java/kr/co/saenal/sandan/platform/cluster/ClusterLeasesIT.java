package kr.co.saenal.sandan.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
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
            List<Callable<Boolean>> reaches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reaches.add(() -> leases.acquire(JOB, Duration.ofSeconds(1)));
            }
            long taken = 0;
            for (Future<Boolean> reach : servers.invokeAll(reaches)) {
                taken += reach.get() ? 1 : 0;
            }
            assertEquals(1, taken, "exactly one taker");
            assertFalse(leases.acquire(JOB, Duration.ofSeconds(1)), "held until it ends");
            assertEquals(System.getProperty("jboss.node.name"), leases.lease(JOB).getHolder());

            Thread.sleep(1100);
            assertTrue(leases.acquire(JOB, Duration.ofHours(1)), "free again once it has ended");
            leases.release(JOB);
            assertTrue(leases.acquire(JOB, Duration.ofHours(1)), "free at once when the taker gives it back (a failed run)");
            leases.holdUntil(JOB, java.time.Instant.now().plusSeconds(3600));
            assertFalse(leases.acquire(JOB, Duration.ofMillis(1)), "held until the next time the job is due");
            leases.holdUntil(JOB, java.time.Instant.now());
        } finally {
            servers.shutdownNow();
        }
    }
}
