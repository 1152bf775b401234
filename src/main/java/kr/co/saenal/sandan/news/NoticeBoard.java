package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The home page's and the news lists' posts with their pinned notices (공지) at the head: pinned posts come first
 * (the first page only), and the rest of the list — its count and its pages — is the posts that are not pinned, so
 * no post appears twice. A pin that has run out is an ordinary post again at once (every query asks with the time
 * of the request); {@link Listing#pinsChangeAt()} says when a page showing the pins must be rendered anew.
 */
@ApplicationScoped
@Transactional
public class NoticeBoard {

    /** More pins than this head no list (editors are told; the newest pins win). */
    public static final int MAX_PINNED = 10;

    @Inject
    NoticeRepository notices;

    @Inject
    CategoryRepository categories;

    @Inject
    Clock clock;

    /** The home page: every category's pins, then the newest {@code size} posts that are not pinned (no count). */
    public Listing home(int size) {
        Instant now = clock.instant();
        List<PinnedNotice> pinned = notices.pinned(null, now, MAX_PINNED);
        List<NewsSummary> rest = notices.unpinned(null, now, 0, size);
        return new Listing(pinned, new NewsPage(rest, 1, size, rest.size()));
    }

    /**
     * A news list: on its first page the category's pins (every category's for the whole news), then the posts
     * that are not pinned, {@code size} to a page.
     *
     * @param categorySlug {@code null} for every category
     * @param page from 1; a page past the end is empty
     * @throws UnknownCategoryException when the category does not exist
     */
    public Listing list(String categorySlug, int page, int size) {
        if (page < 1 || size < 1 || size > NewsService.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        if (categorySlug != null && categories.bySlug(categorySlug).isEmpty()) {
            throw new UnknownCategoryException(categorySlug);
        }
        Instant now = clock.instant();
        List<PinnedNotice> pinned = page == 1 ? notices.pinned(categorySlug, now, MAX_PINNED) : List.of();
        long total = notices.countUnpinned(categorySlug, now);
        List<NewsSummary> items = (long) (page - 1) * size >= total
                ? List.of()
                : notices.unpinned(categorySlug, now, (page - 1) * size, size);
        return new Listing(pinned, new NewsPage(items, page, size, total));
    }

    /** The pinned notices at the head of a list, and the list without them. */
    public record Listing(List<PinnedNotice> pinned, NewsPage rest) {

        /** When the first of the shown pins runs out (the page is different from then on), or {@code null}. */
        public Instant pinsChangeAt() {
            return pinned.stream()
                    .map(PinnedNotice::until)
                    .filter(Objects::nonNull)
                    .min(Instant::compareTo)
                    .orElse(null);
        }
    }
}
