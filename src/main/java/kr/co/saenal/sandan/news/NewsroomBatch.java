package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The news table's actions on several posts at once: publish, withdraw, move to another category, delete. Each is
 * the single action applied post by post through the entity, in one transaction, so that it is recorded the same
 * way: one revision (Envers) naming the editor, the public pages dropped ({@code PublicContentListener}), the search
 * index following the change, and {@link PostDeleted} heard before a post goes. Posts deleted meanwhile are
 * skipped; each method answers how many posts it changed.
 */
@ApplicationScoped
@Transactional
public class NewsroomBatch {

    /** More than a table page holds; a bigger request is not the table's. */
    public static final int MAX_POSTS = Newsroom.MAX_PAGE_SIZE;

    @Inject
    NewsRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    Event<PostDeleted> deleted;

    @Inject
    Clock clock;

    /** Makes drafts and scheduled posts public now; posts already public stay as they are. */
    public int publish(Collection<Long> ids) {
        Instant now = clock.instant();
        int changed = 0;
        for (NewsPost post : existing(ids)) {
            if (!post.isPublic(now)) {
                post.publish(now);
                changed++;
            }
        }
        return changed;
    }

    /** Takes public and scheduled posts back to drafts. */
    public int withdraw(Collection<Long> ids) {
        Instant now = clock.instant();
        int changed = 0;
        for (NewsPost post : existing(ids)) {
            if (post.getStatus() != PostStatus.DRAFT) {
                post.withdraw(now);
                changed++;
            }
        }
        return changed;
    }

    /** Moves the posts into another category; their text, address and state stay. */
    public int move(Collection<Long> ids, Long categoryId) {
        Category category = Optional.ofNullable(categoryId)
                .flatMap(categories::find)
                .orElseThrow(() -> new RuleViolationException(
                        List.of(new FieldError("category", Texts.say(NewsroomBatch.class, "newsroomBatch.category")))));
        Instant now = clock.instant();
        int changed = 0;
        for (NewsPost post : existing(ids)) {
            if (!post.getCategory().getId().equals(category.getId())) {
                post.revise(
                        post.getTitle(),
                        post.getSlug(),
                        post.getSummary(),
                        post.getBody(),
                        category,
                        post.getAuthorName(),
                        now);
                changed++;
            }
        }
        return changed;
    }

    /** Deletes the posts with their comments, as {@link Newsroom#delete(long)} does one. */
    public int delete(Collection<Long> ids) {
        int changed = 0;
        for (NewsPost post : existing(ids)) {
            deleted.fire(new PostDeleted(post.getId()));
            posts.remove(post);
            changed++;
        }
        return changed;
    }

    private List<NewsPost> existing(Collection<Long> ids) {
        if (ids.size() > MAX_POSTS) {
            throw new IllegalArgumentException("At most " + MAX_POSTS + " posts at once");
        }
        return new LinkedHashSet<>(ids)
                .stream().map(posts::find).flatMap(Optional::stream).toList();
    }
}
