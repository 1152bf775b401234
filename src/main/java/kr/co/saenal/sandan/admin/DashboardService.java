package kr.co.saenal.sandan.admin;

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
                        .setParameter("draft", PostStatus.DRAFT).getSingleResult());
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
