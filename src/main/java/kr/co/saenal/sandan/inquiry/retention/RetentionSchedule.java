package kr.co.saenal.sandan.inquiry.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.cluster.ClusterLeases;

/**
 * Once a day from 03:30 Korean time, on one server of a cluster. Every server's timer fires each hour at half past;
 * the one that takes the job's lease runs it ({@link ClusterLeases}) and, when it succeeds, holds the lease until
 * the next day's 03:30. A failed run gives the lease back, so the next hour (on any server) tries again; a server
 * that dies in the middle leaves the lease to end after an hour.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    static final String JOB = "personal-data-retention";
    private static final LocalTime DUE = LocalTime.of(3, 30);

    @Inject
    PersonalDataRetention retention;

    @Inject
    ClusterLeases leases;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "30", timezone = "Asia/Seoul", persistent = false, info = "personal data retention")
    void destroyExpired() {
        if (!leases.acquire(JOB, Duration.ofHours(1))) {
            return;
        }
        try {
            int destroyed = retention.destroyExpired();
            if (destroyed > 0) {
                LOG.info(
                        () -> "Destroyed the personal data of " + destroyed + " inquiries past their retention period");
            }
            leases.holdUntil(JOB, nextDue(clock.instant()));
        } catch (RuntimeException e) {
            leases.release(JOB);
            LOG.log(Level.WARNING, "Destroying expired personal data failed; it is tried again in an hour", e);
        }
    }

    /** The next 03:30 in Korea after {@code now}. */
    static Instant nextDue(Instant now) {
        ZonedDateTime korean = now.atZone(KoreanTime.ZONE);
        ZonedDateTime today = korean.toLocalDate().atTime(DUE).atZone(KoreanTime.ZONE);
        return (today.isAfter(korean) ? today : today.plusDays(1)).toInstant();
    }
}
