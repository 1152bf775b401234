package kr.co.saenal.sandan.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.platform.NativeTimes;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/** The saved changes of posts (Envers' {@code news_post_aud}) as {@link IndexFollower} reads them. */
@ApplicationScoped
public class PostRevisions {

    /** Post {@code postId} was saved in revision {@code number} at {@code at}. */
    public record Revision(long number, long postId, Instant at) {}

    private static final String CACHE_RETRIEVE_MODE = "jakarta.persistence.cache.retrieveMode";

    @PersistenceContext
    EntityManager em;

    /** The newest revision saved before {@code instant} (0 when none). */
    @Transactional
    public long newestBefore(Instant instant) {
        Number newest = (Number) em.createNativeQuery("select coalesce(max(a.rev), 0) from news_post_aud a "
                        + "join content_revision r on r.id = a.rev where r.revised_at < ?1")
                .setParameter(1, instant)
                .getSingleResult();
        return newest.longValue();
    }

    @Transactional
    public List<Revision> after(long revision) {
        List<?> rows = em.createNativeQuery("select a.rev, a.id, r.revised_at from news_post_aud a "
                        + "join content_revision r on r.id = a.rev where a.rev > ?1 order by a.rev")
                .setParameter(1, revision)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Revision(
                        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), NativeTimes.instant(row[2])))
                .toList();
    }

    /** Indexes the posts as they are now (removes the deleted ones); the index is written on commit. */
    @Transactional
    public void reindex(Collection<Long> postIds) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        for (long id : postIds) {
            // from the database itself: this server's second-level cache may not have heard of the change yet
            NewsPost post = em.find(NewsPost.class, id, Map.of(CACHE_RETRIEVE_MODE, CacheRetrieveMode.BYPASS));
            if (post == null) {
                plan.purge(NewsPost.class, id, null);
            } else {
                plan.addOrUpdate(post);
            }
        }
    }
}
