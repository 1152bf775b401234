package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the public side may read of the news: published posts only, as read models. */
@ApplicationScoped
@Transactional
public class NewsService {

    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    NewsRepository repository;

    @Inject
    Clock clock;

    /**
     * @param categorySlug {@code null} for every category
     * @param page from 1; a page past the end is empty
     * @throws UnknownCategoryException when the category does not exist
     */
    public NewsPage latest(String categorySlug, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        if (categorySlug != null && repository.categoryBySlug(categorySlug).isEmpty()) {
            throw new UnknownCategoryException(categorySlug);
        }
        Instant now = clock.instant();
        long total = repository.countPublished(categorySlug, now);
        List<NewsSummary> items = (long) (page - 1) * size >= total ? List.of()
                : repository.published(categorySlug, now, (page - 1) * size, size);
        return new NewsPage(items, page, size, total);
    }

    public Optional<NewsArticle> article(long id) {
        Instant now = clock.instant();
        return repository.publishedPost(id, now).map(post -> NewsArticle.of(post,
                repository.neighbour(post, false, now).orElse(null),
                repository.neighbour(post, true, now).orElse(null)));
    }

    /** Counts one reading of a published article. */
    public void countReading(long id) {
        repository.incrementViews(id);
    }

    public List<CategoryView> categories() {
        return repository.categories(clock.instant());
    }
}
