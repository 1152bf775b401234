package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import kr.co.saenal.sandan.platform.KoreanTime;

/** Consultation requests in figures, for the back office's dashboard: counts and times, never personal data. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InquiryFigures {

    @Inject
    InquiryRepository inquiries;

    @Inject
    Clock clock;

    /** Requests nobody has taken up yet (접수). */
    public long waiting() {
        return inquiries.countIn(EnumSet.of(InquiryStatus.RECEIVED));
    }

    /** Requests still waiting (접수) past their first-response target. */
    public long overdue() {
        return inquiries.count(new InquirySearch(null, "", null, null, null, null, clock.instant(), false));
    }

    /** Requests not finished yet (접수, 상담 중). */
    public long open() {
        return inquiries.countIn(InquiryStatus.unfinished());
    }

    /**
     * Requests of the last seven days: today and the six days before it (Korean days), so that the list filtered
     * from {@link #firstOfLastSevenDays()} counts the same.
     */
    public long lastSevenDays() {
        return inquiries.countReceivedSince(
                firstOfLastSevenDays().atStartOfDay(KoreanTime.ZONE).toInstant());
    }

    /** The first of the last seven Korean days (six days before today). */
    public LocalDate firstOfLastSevenDays() {
        return LocalDate.ofInstant(clock.instant(), KoreanTime.ZONE).minusDays(6);
    }

    /** When each request since {@code since} arrived. */
    public List<Instant> receivedSince(Instant since) {
        return inquiries.receivedSince(since);
    }
}
