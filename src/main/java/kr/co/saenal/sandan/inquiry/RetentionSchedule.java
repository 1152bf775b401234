package kr.co.saenal.sandan.inquiry;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every night at 03:30 Korean time. On a cluster every node runs it; that is harmless, because destroying is
 * idempotent (a destroyed request is not destroyed again).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    PersonalDataRetention retention;

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Seoul", persistent = false, info = "personal data retention")
    void destroyExpired() {
        int destroyed = retention.destroyExpired();
        if (destroyed > 0) {
            LOG.info(() -> "Destroyed the personal data of " + destroyed + " inquiries past their retention period");
        }
    }
}
