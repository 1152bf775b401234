package kr.co.saenal.sandan.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.co.saenal.sandan.inquiry.InquiryFigures;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.news.NewsFigures;
import kr.co.saenal.sandan.news.PostReadings;
import kr.co.saenal.sandan.news.UpcomingPost;
import kr.co.saenal.sandan.platform.KoreanTime;

/** The dashboard's figures, from the features' own figures; never personal data. */
@ApplicationScoped
public class DashboardService {

    @Inject
    InquiryFigures inquiries;

    @Inject
    NewsFigures news;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public DashboardFigures figures() {
        return new DashboardFigures(
                inquiries.waiting(),
                inquiries.overdue(),
                inquiries.open(),
                inquiries.lastSevenDays(),
                inquiries.firstOfLastSevenDays(),
                news.published(),
                news.scheduled(),
                news.drafts(),
                outbox.troubled());
    }

    /** The last {@code weeks} weeks (Monday to Sunday, Korean time), oldest first, the current (partial) week last. */
    public List<WeeklyCount> inquiriesPerWeek(int weeks) {
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), KoreanTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        long[] counts = new long[weeks];
        inquiries
                .receivedSince(firstMonday.atStartOfDay(KoreanTime.ZONE).toInstant())
                .forEach(at -> {
                    long week = ChronoUnit.WEEKS.between(firstMonday, LocalDate.ofInstant(at, KoreanTime.ZONE));
                    if (week >= 0 && week < weeks) {
                        counts[(int) week]++;
                    }
                });
        long max = Math.max(1, Arrays.stream(counts).max().orElse(1));
        List<WeeklyCount> result = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            result.add(new WeeklyCount(firstMonday.plusWeeks(i), counts[i], (int) (counts[i] * 100 / max)));
        }
        return result;
    }

    public List<PostReadings> mostRead(int limit) {
        return news.mostRead(limit);
    }

    public List<UpcomingPost> scheduled(int limit) {
        return news.upcoming(limit);
    }
}
