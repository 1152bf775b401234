package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The queries of pinned notices (공지): the pinned posts that head a list, and the list's other posts without them,
 * so that a pinned post never appears twice and the pages after the first count without it. One statement each.
 */
@ApplicationScoped
public class NoticeRepository {

    /** Pinned, and the pin has not run out. */
    static final String PINNED = "p.pinnedAt is not null and (p.pinnedUntil is null or p.pinnedUntil > :now)";

    private static final String NOT_PINNED = "(p.pinnedAt is null or p.pinnedUntil <= :now)";

    /** The list's columns and the end of the pin, in one row. */
    private static final String PINNED_SELECT =
            NewsRepository.SUMMARY.replaceFirst(" from NewsPost p ", ", p.pinnedUntil from NewsPost p ");

    @PersistenceContext
    EntityManager em;

    /** The published posts pinned now, the newest pin first. */
    public List<PinnedNotice> pinned(String categorySlug, Instant now, int limit) {
        TypedQuery<Object[]> query = em.createQuery(
                PINNED_SELECT + "where " + NewsRepository.VISIBLE + " and " + PINNED
                        + (categorySlug == null ? "" : NewsRepository.IN_CATEGORY)
                        + " order by p.pinnedAt desc, p.id desc",
                Object[].class);
        bind(query, categorySlug, now);
        return query.setMaxResults(limit)
                .getResultStream()
                .map(row -> new PinnedNotice((NewsSummary) row[0], (Instant) row[1]))
                .toList();
    }

    /** The published posts that are not pinned now, newest first. */
    public List<NewsSummary> unpinned(String categorySlug, Instant now, int offset, int limit) {
        TypedQuery<NewsSummary> query = em.createQuery(
                NewsRepository.SUMMARY + "where " + NewsRepository.VISIBLE + " and " + NOT_PINNED
                        + (categorySlug == null ? "" : NewsRepository.IN_CATEGORY)
                        + " order by p.publishedAt desc, p.id desc",
                NewsSummary.class);
        bind(query, categorySlug, now);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countUnpinned(String categorySlug, Instant now) {
        TypedQuery<Long> query = em.createQuery(
                "select count(p) from NewsPost p where " + NewsRepository.VISIBLE + " and " + NOT_PINNED
                        + (categorySlug == null ? "" : NewsRepository.IN_CATEGORY),
                Long.class);
        bind(query, categorySlug, now);
        return query.getSingleResult();
    }

    private static void bind(TypedQuery<?> query, String categorySlug, Instant now) {
        query.setParameter("now", now);
        if (categorySlug != null) {
            query.setParameter("category", categorySlug);
        }
    }
}
