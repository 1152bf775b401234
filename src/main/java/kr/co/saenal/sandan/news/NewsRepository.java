package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The queries on posts. The public side selects straight into read models (one statement per list, no entity
 * graph to walk) and only ever sees posts that are published and due; the editors' side sees every state and the
 * revisions Envers keeps.
 */
@ApplicationScoped
public class NewsRepository {

    /** Joins a post {@code p} to its readings {@code v} ({@link PostViews}: no row for a post never read). */
    static final String WITH_VIEWS = " left join PostViews v on v.postId = p.id ";
    /** How often post {@code p} was read, with {@link #WITH_VIEWS}. */
    static final String VIEWS = "coalesce(v.views, 0L)";

    static final String SUMMARY = "select new kr.co.saenal.sandan.news.NewsSummary("
            + "p.id, p.title, p.slug, p.summary, c.slug, c.name, p.publishedAt, " + VIEWS + ", i.id, i.altText) "
            + "from NewsPost p join p.category c left join p.coverImage i" + WITH_VIEWS;
    private static final String FEED_ENTRY = "select new kr.co.saenal.sandan.news.FeedEntry("
            + "p.id, p.title, p.slug, p.summary, p.body, c.slug, c.name, p.authorName, p.publishedAt, p.updatedAt, "
            + "i.id, i.altText) from NewsPost p join p.category c left join p.coverImage i ";
    /**
     * A category by its id, looked up once (PostgreSQL runs the subquery first and then reads the category's posts
     * by the (category_id, status, published_at) index; filtering on the joined slug scanned every post instead).
     */
    static final String IN_CATEGORY = " and p.category.id = (select k.id from Category k where k.slug = :category)";

    static final String VISIBLE = "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt <= :now";
    private static final int MAX_TABLE_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    public List<NewsSummary> published(String categorySlug, Instant now, int offset, int limit) {
        return visible(SUMMARY, categorySlug, now, NewsSummary.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest published posts with their bodies, for the feed. */
    public List<FeedEntry> feed(String categorySlug, Instant now, int limit) {
        return visible(FEED_ENTRY, categorySlug, now, FeedEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest published posts of a category other than the given one. */
    public List<NewsSummary> sameCategory(String categorySlug, long exceptId, Instant now, int limit) {
        return em.createQuery(
                        SUMMARY + "where " + VISIBLE + IN_CATEGORY + " and p.id <> :id"
                                + " order by p.publishedAt desc, p.id desc",
                        NewsSummary.class)
                .setParameter("now", now)
                .setParameter("category", categorySlug)
                .setParameter("id", exceptId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every published post's address and last change, newest first. */
    public List<SitemapEntry> sitemap(Instant now, int limit) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.SitemapEntry(p.id, p.slug, c.slug, p.publishedAt, "
                                + "p.updatedAt) from NewsPost p join p.category c where " + VISIBLE
                                + " order by p.publishedAt desc, p.id desc",
                        SitemapEntry.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> visible(String select, String categorySlug, Instant now, Class<T> type) {
        TypedQuery<T> query = em.createQuery(
                select + "where " + VISIBLE
                        + (categorySlug == null ? "" : IN_CATEGORY)
                        + " order by p.publishedAt desc, p.id desc",
                type);
        query.setParameter("now", now);
        if (categorySlug != null) {
            query.setParameter("category", categorySlug);
        }
        return query;
    }

    public long countPublished(String categorySlug, Instant now) {
        TypedQuery<Long> query = em.createQuery(
                "select count(p) from NewsPost p where " + VISIBLE + (categorySlug == null ? "" : IN_CATEGORY),
                Long.class);
        query.setParameter("now", now);
        if (categorySlug != null) {
            query.setParameter("category", categorySlug);
        }
        return query.getSingleResult();
    }

    /** A published and due post with its category, its cover's alt text and its readings, in one statement. */
    public Optional<PostWithCover> publishedPost(long id, Instant now) {
        return em.createQuery(
                        "select p, i.altText, " + VIEWS + " from NewsPost p join fetch p.category "
                                + "left join p.coverImage i" + WITH_VIEWS + "where p.id = :id and " + VISIBLE,
                        Object[].class)
                .setParameter("id", id)
                .setParameter("now", now)
                .getResultStream()
                .findFirst()
                .map(row -> new PostWithCover((NewsPost) row[0], (String) row[1], (Long) row[2]));
    }

    /** A post, the alt text of its cover picture ({@code null} without one) and how often it was read. */
    public record PostWithCover(NewsPost post, String coverAlt, long views) {}

    /** The published post just before (older) or after (newer) the given one, by publication time. */
    public Optional<NewsArticle.NewsLink> neighbour(NewsPost post, boolean newer, Instant now) {
        String comparison = newer
                ? "(p.publishedAt > :at or (p.publishedAt = :at and p.id > :id))"
                : "(p.publishedAt < :at or (p.publishedAt = :at and p.id < :id))";
        String order = newer ? "asc" : "desc";
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.NewsArticle$NewsLink(p.id, p.title, p.slug) "
                                + "from NewsPost p where " + VISIBLE + " and " + comparison
                                + " order by p.publishedAt " + order + ", p.id " + order,
                        NewsArticle.NewsLink.class)
                .setParameter("now", now)
                .setParameter("at", post.getPublishedAt())
                .setParameter("id", post.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** How often a published post was read, as stored (without the readings not yet added). */
    public Optional<Long> storedViews(long id, Instant now) {
        return em.createQuery(
                        "select coalesce(v.views, 0L) from NewsPost p" + WITH_VIEWS + "where p.id = :id and " + VISIBLE,
                        Long.class)
                .setParameter("id", id)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    /**
     * Adds readings to a post's count: its row in {@code news_post_views} ({@link PostViews}) is updated in place,
     * or made by the first readings (nothing for a post deleted meanwhile). Both statements touch that table alone,
     * so the posts stay in the second-level cache. Two nodes adding a post's first readings at once may both find no
     * row; the second insert then fails on the primary key and this transaction rolls back whole, so that its
     * caller keeps the readings for its next try, which finds the row.
     *
     * <p>In a transaction of its own, so that one article's failure does not cost the others their counts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addViews(long id, long readings) {
        int updated = em.createQuery("update PostViews v set v.views = v.views + :readings where v.postId = :id")
                .setParameter("readings", readings)
                .setParameter("id", id)
                .executeUpdate();
        if (updated == 0) {
            em.createQuery("insert into PostViews (postId, views) select p.id, :readings from NewsPost p "
                            + "where p.id = :id")
                    .setParameter("readings", readings)
                    .setParameter("id", id)
                    .executeUpdate();
        }
    }

    /** How often a post was read (0 for none, or for no such post). */
    public long views(long id) {
        return Optional.ofNullable(em.find(PostViews.class, id))
                .map(PostViews::getViews)
                .orElse(0L);
    }

    /** A page of the editors' table: every state, filtered and sorted as asked. */
    public List<PostRow> rows(PostQuery query, Instant now, int first, int size) {
        TypedQuery<PostRow> select = em.createQuery(
                "select " + PostRow.COLUMNS + " from NewsPost p join p.category c" + WITH_VIEWS
                        + where(query) + " order by " + query.sort().path + (query.ascending() ? " asc" : " desc")
                        + " nulls last, p.id desc",
                PostRow.class);
        bind(select, query, now);
        return select.setFirstResult(first)
                .setMaxResults(Math.min(size, MAX_TABLE_PAGE))
                .getResultList();
    }

    public long count(PostQuery query, Instant now) {
        TypedQuery<Long> count =
                em.createQuery("select count(p) from NewsPost p join p.category c" + where(query), Long.class);
        bind(count, query, now);
        return count.getSingleResult();
    }

    private static String where(PostQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.state() != null) {
            conditions.add(
                    switch (query.state()) {
                        case DRAFT -> "p.status = kr.co.saenal.sandan.news.PostStatus.DRAFT";
                        case SCHEDULED ->
                            "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt > :now";
                        case PUBLISHED ->
                            "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt <= :now";
                    });
        }
        if (query.categoryId() != null) {
            conditions.add("c.id = :category");
        }
        if (query.hasText()) {
            conditions.add("lower(p.title) like :text escape '\\'");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> select, PostQuery query, Instant now) {
        if (query.state() == PublicationState.SCHEDULED || query.state() == PublicationState.PUBLISHED) {
            select.setParameter("now", now);
        }
        if (query.categoryId() != null) {
            select.setParameter("category", query.categoryId());
        }
        if (query.hasText()) {
            select.setParameter("text", query.searchPattern());
        }
    }

    /** Title and address of the posts with these ids, whatever their state. */
    public List<NewsArticle.NewsLink> links(Collection<Long> ids) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.NewsArticle$NewsLink(p.id, p.title, p.slug) "
                                + "from NewsPost p where p.id in :ids",
                        NewsArticle.NewsLink.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Any post, whatever its state. */
    public Optional<NewsPost> find(long id) {
        return Optional.ofNullable(em.find(NewsPost.class, id));
    }

    /** Posts filed under a category, whatever their state. */
    public long countIn(Category category) {
        return em.createQuery("select count(p) from NewsPost p where p.category = :c", Long.class)
                .setParameter("c", category)
                .getSingleResult();
    }

    /** Every saved change of a post, newest first (also after the post was deleted). */
    public List<PostRevisionRow> revisions(long id) {
        List<?> rows = auditReader()
                .createQuery()
                .forRevisionsOfEntity(NewsPost.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> {
                    NewsPost post = (NewsPost) row[0];
                    ContentRevision revision = (ContentRevision) row[1];
                    RevisionType type = (RevisionType) row[2];
                    return new PostRevisionRow(
                            revision.getId(),
                            revision.getRevisedAt(),
                            revision.getEditor(),
                            type,
                            post.getTitle(),
                            post.getStatus(),
                            post.getPublishedAt());
                })
                .toList();
    }

    /** The post as it was right after the given revision, unless that revision deleted it. */
    public Optional<NewsPost> revision(long id, long revision) {
        return Optional.ofNullable(auditReader().find(NewsPost.class, id, revision))
                .filter(old -> old.getTitle() != null);
    }

    private AuditReader auditReader() {
        return AuditReaderFactory.get(em);
    }

    /** Posts readers can see now ({@code due}) or that are scheduled for later (not due). */
    public long countPublished(boolean due, Instant now) {
        return em.createQuery(
                        "select count(p) from NewsPost p where "
                                + "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt "
                                + (due ? "<=" : ">") + " :now",
                        Long.class)
                .setParameter("now", now)
                .getSingleResult();
    }

    public long countDrafts() {
        return em.createQuery("select count(p) from NewsPost p where p.status = :draft", Long.class)
                .setParameter("draft", PostStatus.DRAFT)
                .getSingleResult();
    }

    /** The published posts read most often, as (id, title, slug, views). */
    public List<Object[]> mostRead(Instant now, int limit) {
        return em.createQuery(
                        "select p.id, p.title, p.slug, " + VIEWS + " from NewsPost p" + WITH_VIEWS + "where " + VISIBLE
                                + " order by " + VIEWS + " desc, p.id desc",
                        Object[].class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Posts that become public later, soonest first. */
    public List<UpcomingPost> scheduled(Instant now, int limit) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.UpcomingPost(p.id, p.title, p.publishedAt) "
                                + "from NewsPost p where p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED "
                                + "and p.publishedAt > :now order by p.publishedAt",
                        UpcomingPost.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Titles of the posts that show the image as their cover, oldest first. */
    public List<String> titlesWithCover(long imageId) {
        return em.createQuery("select p.title from NewsPost p where p.coverImageId = :id order by p.id", String.class)
                .setParameter("id", imageId)
                .getResultList();
    }

    /** Title and body of the posts whose body contains {@code text}, oldest first. */
    public List<String[]> titlesAndBodiesContaining(String text) {
        return em.createQuery(
                        "select p.title, p.body from NewsPost p where p.body like :text order by p.id", Object[].class)
                .setParameter("text", "%" + text + "%")
                .getResultStream()
                .map(row -> new String[] {(String) row[0], (String) row[1]})
                .toList();
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
        find(id).ifPresent(em::remove);
    }

    public void remove(NewsPost post) {
        em.remove(post);
    }

    /** Writes pending changes now, so that a new post has its id. */
    public void flush() {
        em.flush();
    }

    /** The complexes a post is tagged with (ids of the directory). */
    public List<Long> complexIdsOf(long postId) {
        return em.createQuery("select c from NewsPost p join p.complexIds c where p.id = :id", Long.class)
                .setParameter("id", postId)
                .getResultList();
    }

    /** The titles of the posts, published or not, tagged with any of these complexes. */
    public List<String> titlesTaggedWith(Collection<Long> complexIds) {
        return em.createQuery(
                        "select distinct p.title from NewsPost p join p.complexIds c where c in :ids order by p.title",
                        String.class)
                .setParameter("ids", complexIds)
                .getResultList();
    }

    /** The newest published posts tagged with a complex, newest first. */
    public List<NewsSummary> taggedWith(long complexId, Instant now, int limit) {
        return em.createQuery(
                        SUMMARY + "where " + VISIBLE + " and :complex member of p.complexIds"
                                + " order by p.publishedAt desc, p.id desc",
                        NewsSummary.class)
                .setParameter("now", now)
                .setParameter("complex", complexId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The published posts among these ids, as lists show them (any order). */
    public List<NewsSummary> publishedAmong(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SUMMARY + "where " + VISIBLE + " and p.id in :ids", NewsSummary.class)
                .setParameter("now", now)
                .setParameter("ids", ids)
                .getResultList();
    }
}
