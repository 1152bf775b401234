package kr.co.saenal.sandan.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.platform.KoreanTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.news.PostStatus;

/** Counts for the back-office dashboard; never personal data. */
@ApplicationScoped
public class DashboardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public DashboardFigures figures() {
        Instant now = clock.instant();
        return new DashboardFigures(
                countInquiries("i.status = :received", InquiryStatus.RECEIVED, null),
                countInquiries("i.status in (:received, kr.co.saenal.sandan.inquiry.InquiryStatus.IN_PROGRESS)",
                        InquiryStatus.RECEIVED, null),
                countInquiries("i.receivedAt >= :since", null, now.minus(Duration.ofDays(7))),
                countPosts("p.status = :published and p.publishedAt <= :now", now),
                countPosts("p.status = :published and p.publishedAt > :now", now),
                em.createQuery("select count(p) from NewsPost p where p.status = :draft", Long.class)
                        .setParameter("draft", PostStatus.DRAFT).getSingleResult(),
                outbox.troubled());
    }

    /** The last {@code weeks} weeks, oldest first, the current (partial) week last. */
    public List<WeeklyCount> inquiriesPerWeek(int weeks) {
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), KoreanTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        long[] counts = new long[weeks];
        em.createQuery("select i.receivedAt from Inquiry i where i.receivedAt >= :since", Instant.class)
                .setParameter("since", firstMonday.atStartOfDay(KoreanTime.ZONE).toInstant())
                .getResultStream()
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
        List<Object[]> rows = em.createQuery("select p.id, p.title, p.slug, p.viewCount from NewsPost p "
                        + "where p.status = :published and p.publishedAt <= :now order by p.viewCount desc, p.id desc",
                        Object[].class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
        long max = rows.isEmpty() ? 1 : Math.max(1, (Long) rows.get(0)[3]);
        return rows.stream().map(r -> new PostReadings((Long) r[0], (String) r[1], (String) r[2], (Long) r[3],
                (int) ((Long) r[3] * 100 / max))).toList();
    }

    public List<UpcomingPost> scheduled(int limit) {
        return em.createQuery("select new kr.co.saenal.sandan.admin.UpcomingPost(p.id, p.title, p.publishedAt) "
                        + "from NewsPost p where p.status = :published and p.publishedAt > :now order by p.publishedAt",
                        UpcomingPost.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    private long countInquiries(String condition, InquiryStatus received, Instant since) {
        var query = em.createQuery("select count(i) from Inquiry i where " + condition, Long.class);
        if (received != null) {
            query.setParameter("received", received);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getSingleResult();
    }

    private long countPosts(String condition, Instant now) {
        return em.createQuery("select count(p) from NewsPost p where " + condition, Long.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }
}
