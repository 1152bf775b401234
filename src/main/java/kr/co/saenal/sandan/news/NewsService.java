package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;

/** What the public side may read of the news: published posts only, as read models. */
@ApplicationScoped
@Transactional
public class NewsService {

    public static final int MAX_PAGE_SIZE = 50;
    /** How many posts a feed carries. */
    public static final int FEED_SIZE = 20;
    /** How many other posts of the same category an article suggests. */
    public static final int RELATED = 3;
    /** One sitemap file holds at most 50 000 addresses; the pages beside the posts need a few. */
    public static final int SITEMAP_POSTS = 49_000;

    @Inject
    NewsRepository repository;

    @Inject
    CategoryRepository categories;

    @Inject
    Clock clock;

    @Inject
    ReadingTally tally;

    @Inject
    ComplexDirectory complexes;

    /**
     * @param categorySlug {@code null} for every category
     * @param page from 1; a page past the end is empty
     * @throws UnknownCategoryException when the category does not exist
     */
    public NewsPage latest(String categorySlug, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        if (categorySlug != null && categories.bySlug(categorySlug).isEmpty()) {
            throw new UnknownCategoryException(categorySlug);
        }
        Instant now = clock.instant();
        long total = repository.countPublished(categorySlug, now);
        List<NewsSummary> items = (long) (page - 1) * size >= total
                ? List.of()
                : repository.published(categorySlug, now, (page - 1) * size, size);
        return new NewsPage(items, page, size, total);
    }

    public Optional<NewsArticle> article(long id) {
        Instant now = clock.instant();
        return tally.steadily(() -> repository
                .publishedPost(id, now)
                .map(found -> NewsArticle.of(
                        found.post(),
                        found.coverAlt(),
                        found.views() + tally.pending(id),
                        repository.neighbour(found.post(), false, now).orElse(null),
                        repository.neighbour(found.post(), true, now).orElse(null))));
    }

    /**
     * The newest published posts for a feed, newest first.
     *
     * @param categorySlug {@code null} for every category
     * @throws UnknownCategoryException when the category does not exist
     */
    public List<FeedEntry> feed(String categorySlug) {
        if (categorySlug != null && categories.bySlug(categorySlug).isEmpty()) {
            throw new UnknownCategoryException(categorySlug);
        }
        return repository.feed(categorySlug, clock.instant(), FEED_SIZE);
    }

    /** Other published posts of the article's category, newest first. */
    public List<NewsSummary> related(NewsArticle article) {
        return repository.sameCategory(article.categorySlug(), article.id(), clock.instant(), RELATED);
    }

    /** Every published post's address and last change, for the sitemap. */
    public List<SitemapEntry> sitemap() {
        return repository.sitemap(clock.instant(), SITEMAP_POSTS);
    }

    /** Counts one reading of a published article (written to the database within seconds, see {@link ReadingTally}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void countReading(long id) {
        tally.count(id);
    }

    /** How often a published post was read, readings not yet stored included; empty for no such post. */
    public Optional<Long> views(long id) {
        Instant now = clock.instant();
        return tally.steadily(() -> repository.storedViews(id, now).map(stored -> stored + tally.pending(id)));
    }

    public List<CategoryView> categories() {
        return categories.menu(clock.instant());
    }

    /** The complexes an article is tagged with, by name (one statement, two when it has tags). */
    public List<ComplexPick> complexesOf(long articleId) {
        List<Long> ids = repository.complexIdsOf(articleId);
        return ids.isEmpty() ? List.of() : complexes.picks(ids);
    }

    /** The newest published posts tagged with a complex, newest first. */
    public List<NewsSummary> taggedWith(long complexId, int limit) {
        return repository.taggedWith(complexId, clock.instant(), limit);
    }

    /** The published posts among these ids, in the order of {@code ids} (one statement). */
    public List<NewsSummary> published(List<Long> ids) {
        java.util.Map<Long, NewsSummary> byId = new java.util.HashMap<>();
        repository.publishedAmong(ids, clock.instant()).forEach(post -> byId.put(post.id(), post));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
