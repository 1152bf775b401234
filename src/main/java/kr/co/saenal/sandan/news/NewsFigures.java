package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The state of the news in figures, for the back office's dashboard. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsFigures {

    @Inject
    NewsRepository posts;

    @Inject
    Clock clock;

    /** Posts readers can see now. */
    public long published() {
        return posts.countPublished(true, clock.instant());
    }

    /** Posts that become public later by themselves. */
    public long scheduled() {
        return posts.countPublished(false, clock.instant());
    }

    public long drafts() {
        return posts.countDrafts();
    }

    /** The most read published posts, each with its share of the first one's readings (for a bar). */
    public List<PostReadings> mostRead(int limit) {
        List<Object[]> rows = posts.mostRead(clock.instant(), limit);
        long max = rows.isEmpty() ? 1 : Math.max(1, (Long) rows.get(0)[3]);
        return rows.stream()
                .map(r -> new PostReadings(
                        (Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (int) ((Long) r[3] * 100 / max)))
                .toList();
    }

    /** The next posts to become public, soonest first. */
    public List<UpcomingPost> upcoming(int limit) {
        return posts.scheduled(clock.instant(), limit);
    }
}
