package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;

/**
 * Keeps personal data no longer than the consent notice promises: a finished request's personal fields are
 * destroyed (overwritten) once the retention period after it was closed has passed — by default three years,
 * {@code SANDAN_RETENTION_YEARS} otherwise. The mails still owed about it go too. Each destruction is written
 * to the access log as done by "system".
 */
@ApplicationScoped
public class PersonalDataRetention {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public Period period() {
        return Period.ofYears(Optional.ofNullable(System.getenv("SANDAN_RETENTION_YEARS")).map(String::strip)
                .filter(v -> !v.isEmpty()).map(Integer::parseInt).orElse(3));
    }

    /** @return how many requests were destroyed */
    @Transactional
    public int destroyExpired() {
        Instant now = clock.instant();
        Instant closedBefore = ZonedDateTime.ofInstant(now, KoreanTime.ZONE).minus(period()).toInstant();
        List<Inquiry> expired = em.createQuery("select i from Inquiry i where i.status = :done and i.closedAt < :before "
                        + "and i.destroyedAt is null", Inquiry.class)
                .setParameter("done", InquiryStatus.DONE)
                .setParameter("before", closedBefore)
                .getResultList();
        for (Inquiry inquiry : expired) {
            destroy(inquiry);
            accessLog.record(SYSTEM, "-", AccessAction.DESTROY, List.of(inquiry.getId()),
                    "보유기간(" + period().getYears() + "년) 경과");
        }
        return expired.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void destroy(Inquiry inquiry) {
        if (!inquiry.isDestroyed()) {
            inquiry.destroyPersonalData(clock.instant());
            em.createQuery("delete from OutboxMail m where m.inquiryId = :id").setParameter("id", inquiry.getId())
                    .executeUpdate();
        }
    }
}
