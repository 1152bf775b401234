package kr.co.saenal.sandan.inquiry.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryDestruction;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;

/**
 * Keeps personal data no longer than the consent notice promises: a finished request's personal fields are
 * destroyed (overwritten) once the retention period after it was closed has passed — by default three years,
 * {@code SANDAN_RETENTION_YEARS} ({@link RetentionSettings}) otherwise ({@link InquiryDestruction}). Each destruction
 * is written to the access log as done by "system".
 */
@ApplicationScoped
public class PersonalDataRetention {

    static final String SYSTEM = "system";

    @Inject
    InquiryRepository inquiries;

    @Inject
    InquiryDestruction destruction;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    RetentionSettings settings;

    public Period period() {
        return settings.period();
    }

    /** @return how many requests were destroyed */
    @Transactional
    public int destroyExpired() {
        Instant now = clock.instant();
        Instant closedBefore =
                ZonedDateTime.ofInstant(now, KoreanTime.ZONE).minus(period()).toInstant();
        List<Inquiry> expired = inquiries.closedBefore(closedBefore);
        for (Inquiry inquiry : expired) {
            destruction.destroy(inquiry);
            accessLog.record(
                    SYSTEM,
                    "-",
                    AccessAction.DESTROY,
                    List.of(inquiry.getId()),
                    Texts.format(
                            PersonalDataRetention.class,
                            Locale.KOREAN,
                            "retention.reason",
                            Integer.toString(period().getYears())));
        }
        return expired.size();
    }
}
