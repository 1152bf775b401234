package kr.co.saenal.sandan.inquiry;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.ClusterLeases;

/**
 * Every night at 03:30 Korean time, on one server of a cluster: each server's timer fires, the one that takes the
 * job's lease runs it ({@link ClusterLeases}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    static final String JOB = "personal-data-retention";

    @Inject
    PersonalDataRetention retention;

    @Inject
    ClusterLeases leases;

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Seoul", persistent = false, info = "personal data retention")
    void destroyExpired() {
        if (!leases.acquire(JOB, Duration.ofHours(1))) {
            return;
        }
        int destroyed = retention.destroyExpired();
        if (destroyed > 0) {
            LOG.info(() -> "Destroyed the personal data of " + destroyed + " inquiries past their retention period");
        }
    }
}
