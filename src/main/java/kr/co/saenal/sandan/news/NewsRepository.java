package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queries for the public side. They select straight into read models (one statement per list, no entity
 * graph to walk), and only ever see posts that are published and due.
 */
@ApplicationScoped
public class NewsRepository {

    private static final String SUMMARY = "select new kr.co.saenal.sandan.news.NewsSummary("
            + "p.id, p.title, p.slug, p.summary, c.slug, c.name, p.publishedAt, p.viewCount, i.id, i.altText) "
            + "from NewsPost p join p.category c left join p.coverImage i ";
    private static final String FEED_ENTRY = "select new kr.co.saenal.sandan.news.FeedEntry("
            + "p.id, p.title, p.slug, p.summary, p.body, c.slug, c.name, p.authorName, p.publishedAt, p.updatedAt, "
            + "i.id, i.altText) from NewsPost p join p.category c left join p.coverImage i ";
    /**
     * A category by its id, looked up once (PostgreSQL runs the subquery first and then reads the category's posts
     * by the (category_id, status, published_at) index; filtering on the joined slug scanned every post instead).
     */
    private static final String IN_CATEGORY = " and p.category.id = (select k.id from Category k where k.slug = :category)";
    private static final String VISIBLE = "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt <= :now";

    @PersistenceContext
    EntityManager em;

    public List<NewsSummary> published(String categorySlug, Instant now, int offset, int limit) {
        return visible(SUMMARY, categorySlug, now, NewsSummary.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    /** The newest published posts with their bodies, for the feed. */
    public List<FeedEntry> feed(String categorySlug, Instant now, int limit) {
        return visible(FEED_ENTRY, categorySlug, now, FeedEntry.class).setMaxResults(limit).getResultList();
    }

    /** The newest published posts of a category other than the given one. */
    public List<NewsSummary> sameCategory(String categorySlug, long exceptId, Instant now, int limit) {
        return em.createQuery(SUMMARY + "where " + VISIBLE + IN_CATEGORY + " and p.id <> :id"
                        + " order by p.publishedAt desc, p.id desc", NewsSummary.class)
                .setParameter("now", now)
                .setParameter("category", categorySlug)
                .setParameter("id", exceptId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every published post's address and last change, newest first. */
    public List<SitemapEntry> sitemap(Instant now, int limit) {
        return em.createQuery("select new kr.co.saenal.sandan.news.SitemapEntry(p.id, p.slug, c.slug, p.publishedAt, "
                        + "p.updatedAt) from NewsPost p join p.category c where " + VISIBLE + " order by p.publishedAt desc, p.id desc", SitemapEntry.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> visible(String select, String categorySlug, Instant now, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + "where " + VISIBLE
                + (categorySlug == null ? "" : IN_CATEGORY)
                + " order by p.publishedAt desc, p.id desc", type);
        query.setParameter("now", now);
        if (categorySlug != null) {
            query.setParameter("category", categorySlug);
        }
        return query;
    }

    public long countPublished(String categorySlug, Instant now) {
        TypedQuery<Long> query = em.createQuery("select count(p) from NewsPost p where " + VISIBLE
                + (categorySlug == null ? "" : IN_CATEGORY), Long.class);
        query.setParameter("now", now);
        if (categorySlug != null) {
            query.setParameter("category", categorySlug);
        }
        return query.getSingleResult();
    }

    public Optional<NewsPost> publishedPost(long id, Instant now) {
        return em.createQuery("select p from NewsPost p join fetch p.category left join fetch p.coverImage "
                        + "where p.id = :id and " + VISIBLE, NewsPost.class)
                .setParameter("id", id)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    /** The published post just before (older) or after (newer) the given one, by publication time. */
    public Optional<NewsArticle.NewsLink> neighbour(NewsPost post, boolean newer, Instant now) {
        String comparison = newer
                ? "(p.publishedAt > :at or (p.publishedAt = :at and p.id > :id))"
                : "(p.publishedAt < :at or (p.publishedAt = :at and p.id < :id))";
        String order = newer ? "asc" : "desc";
        return em.createQuery("select new kr.co.saenal.sandan.news.NewsArticle$NewsLink(p.id, p.title, p.slug) "
                        + "from NewsPost p where " + VISIBLE + " and " + comparison
                        + " order by p.publishedAt " + order + ", p.id " + order, NewsArticle.NewsLink.class)
                .setParameter("now", now)
                .setParameter("at", post.getPublishedAt())
                .setParameter("id", post.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<CategoryView> categories(Instant now) {
        return em.createQuery("select new kr.co.saenal.sandan.news.CategoryView(c.slug, c.name, "
                        + "(select count(p) from NewsPost p where p.category = c and " + VISIBLE + ")) "
                        + "from Category c order by c.position, c.name", CategoryView.class)
                .setParameter("now", now)
                .getResultList();
    }

    public Optional<Category> categoryBySlug(String slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** In a transaction of its own, so that one article's failure does not cost the others their counts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addViews(long id, long readings) {
        em.createQuery("update NewsPost p set p.viewCount = p.viewCount + :readings where p.id = :id")
                .setParameter("readings", readings)
                .setParameter("id", id)
                .executeUpdate();
    }

    public long countAll() {
        return em.createQuery("select count(p) from NewsPost p", Long.class).getSingleResult();
    }

    public void add(Category category) {
        em.persist(category);
    }

    public void add(NewsPost post) {
        em.persist(post);
    }

    public void remove(long id) {
        NewsPost post = em.find(NewsPost.class, id);
        if (post != null) {
            em.remove(post);
        }
    }
}
