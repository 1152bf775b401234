package kr.co.saenal.sandan.inquiry.response;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.cluster.ClusterLeases;

/**
 * On every server: every ten seconds, owes the reminders of requests that have just passed their target (each
 * claimed by one server, see {@link ResponseReminders#remind}); every hour, the morning digest when it is due. The
 * digest is due once per working day from the working day's start until noon (a server down at nine sends it when
 * it is back in the morning, not in the evening), and runs on the one server that takes its lease, held until the
 * next morning.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    static final String DIGEST_JOB = "inquiry-response-digest";
    private static final LocalTime DIGEST_UNTIL = LocalTime.NOON;

    @Inject
    ResponseReminders reminders;

    @Inject
    ResponseTargets targets;

    @Inject
    ClusterLeases leases;

    @Inject
    Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "inquiry response reminders")
    void remindOverdue() {
        try {
            reminders.targetTheUntargeted();
            for (long id : reminders.unreminded()) {
                reminders.remind(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Response reminders failed; they are tried again in ten seconds", e);
        }
    }

    @Schedule(hour = "*", minute = "*/15", timezone = "Asia/Seoul", persistent = false, info = "inquiry digest")
    void sendDigest() {
        Instant now = clock.instant();
        WorkingHours hours = targets.workingHours();
        if (!digestDue(hours, now) || !leases.acquire(DIGEST_JOB, Duration.ofHours(1))) {
            return;
        }
        try {
            int digests = reminders.digest(startOfToday(now));
            if (digests > 0) {
                LOG.info(() -> "Owed " + digests + " digests of requests past their first-response target");
            }
            leases.holdUntil(DIGEST_JOB, nextMorning(hours, now));
        } catch (RuntimeException e) {
            leases.release(DIGEST_JOB);
            LOG.log(Level.WARNING, "The digest of overdue requests failed; it is tried again shortly", e);
        }
    }

    /** Between the working day's start and noon on a working day. */
    static boolean digestDue(WorkingHours hours, Instant now) {
        ZonedDateTime korean = now.atZone(KoreanTime.ZONE);
        LocalTime time = korean.toLocalTime();
        return hours.isWorkingDay(korean.toLocalDate()) && !time.isBefore(hours.opens()) && time.isBefore(DIGEST_UNTIL);
    }

    static Instant startOfToday(Instant now) {
        return KoreanTime.today(now).atStartOfDay(KoreanTime.ZONE).toInstant();
    }

    /** The next day's working-day start: the lease ends then, whatever day it is. */
    static Instant nextMorning(WorkingHours hours, Instant now) {
        LocalDate tomorrow = KoreanTime.today(now).plusDays(1);
        return tomorrow.atTime(hours.opens()).atZone(KoreanTime.ZONE).toInstant();
    }
}
