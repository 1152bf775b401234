package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.LibraryImage;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The editors' side of the news: every post whatever its state, writing, publishing (now or at a set time),
 * withdrawing, deleting, and the history of each post with restore. Bodies are sanitized here, so no other
 * path can store unsafe HTML. Saving first checks the whole draft ({@link #check}), then applies it.
 */
@ApplicationScoped
@Transactional
public class Newsroom {

    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_BODY_LENGTH = 200_000;

    @Inject
    NewsRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    ImageLibrary images;

    @Inject
    Event<PostDeleted> deleted;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ComplexDirectory complexes;

    @Inject
    Redirects redirects;

    public List<PostRow> list(PostQuery query, int first, int size) {
        return posts.rows(query, clock.instant(), first, Math.min(size, MAX_PAGE_SIZE));
    }

    public long count(PostQuery query) {
        return posts.count(query, clock.instant());
    }

    /** The post with its complex tags loaded (the editor reads them after the transaction). */
    public Optional<NewsPost> find(long id) {
        Optional<NewsPost> post = posts.find(id);
        post.ifPresent(NewsPost::getComplexIds);
        return post;
    }

    /** Title and address of each post that still exists, whatever its state, by id. */
    public Map<Long, NewsArticle.NewsLink> links(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : posts.links(Set.copyOf(ids)).stream()
                        .collect(Collectors.toMap(NewsArticle.NewsLink::id, Function.identity()));
    }

    /** The post as readers would see it, whatever its state (for the preview). */
    public Optional<NewsArticle> preview(long id) {
        return posts.find(id).map(post -> asArticle(post, posts.views(id)));
    }

    /**
     * Creates ({@code id == null}) or changes a post.
     *
     * @return the post's id
     * @throws RuleViolationException with every broken rule; nothing is stored then
     * @throws PostNotFoundException when the post was deleted meanwhile
     */
    public long save(Long id, PostDraft draft, String editorName) {
        Instant now = clock.instant();
        NewsPost post = id == null ? null : posts.find(id).orElseThrow(() -> new PostNotFoundException(id));
        CheckedDraft checked = check(post, draft, now);
        if (!checked.errors().isEmpty()) {
            throw new RuleViolationException(checked.errors());
        }
        return apply(post, checked, now);
    }

    /** The draft's values as they would be stored, and every rule it breaks (none when it can be saved). */
    CheckedDraft check(NewsPost post, PostDraft draft, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(draft).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        String body = ArticleHtml.sanitize(draft.getBody());
        if (!ArticleHtml.hasText(body)) {
            errors.add(new FieldError("body", text("body.required")));
        } else if (body.length() > MAX_BODY_LENGTH) {
            errors.add(new FieldError("body", text("body.tooLong")));
        }
        String slug = draft.getSlug() == null || draft.getSlug().isBlank()
                ? Slugs.fromTitle(draft.getTitle() == null ? "" : draft.getTitle())
                : draft.getSlug().strip();
        if (!Slugs.isValid(slug)) {
            errors.add(new FieldError("slug", text("slug.invalid")));
        }
        Category category = draft.getCategoryId() == null
                ? null
                : categories.find(draft.getCategoryId()).orElse(null);
        if (draft.getCategoryId() != null && category == null) {
            errors.add(new FieldError("categoryId", text("categoryId.unknown")));
        }
        if (draft.getCoverImageId() != null
                && images.find(draft.getCoverImageId()).isEmpty()) {
            errors.add(new FieldError("coverImageId", text("coverImageId.unknown")));
        }
        List<Long> tagged = draft.getComplexIds().stream().distinct().toList();
        if (!tagged.isEmpty() && complexes.picks(tagged).size() != tagged.size()) {
            errors.add(new FieldError("complexIds", text("complexIds.unknown")));
        }
        Instant publishAt = publicationTime(draft, now, errors);
        checkPin(post, draft, now, errors);
        if (post != null && draft.getLoadedVersion() != null && post.getVersion() != draft.getLoadedVersion()) {
            errors.add(new FieldError("title", text("changedMeanwhile")));
        }
        return new CheckedDraft(draft, slug, body, category, publishAt, List.copyOf(errors));
    }

    private long apply(NewsPost post, CheckedDraft checked, Instant now) {
        PostDraft draft = checked.draft();
        String title = draft.getTitle().strip();
        String summary = draft.getSummary().strip();
        String author = draft.getAuthorName().strip();
        // A published post's old address keeps answering (301 to the new one): recorded when its slug changes.
        String movedFrom = post != null && post.isPublic(now) ? post.getSlug() : null;
        if (post == null) {
            post = new NewsPost(title, summary, checked.body(), checked.category(), author, now);
            posts.add(post);
        }
        if (movedFrom != null && !movedFrom.equals(checked.slug())) {
            redirects.recordMove(post.getId(), movedFrom, checked.slug());
        }
        post.revise(title, checked.slug(), summary, checked.body(), checked.category(), author, now);
        post.setCover(draft.getCoverImageId(), blankToNull(draft.getCoverCaption()));
        post.tagComplexes(draft.getComplexIds());
        if (draft.isPinned()) {
            post.pin(PostDraft.pinEnd(draft.getPinnedUntil()), now);
        } else {
            post.unpin();
        }
        switch (draft.getPublication()) {
            case DRAFT -> post.withdraw(now);
            case PUBLISHED -> post.publish(post.isPublic(now) ? post.getPublishedAt() : now);
            case SCHEDULED -> post.publish(checked.publishAt());
        }
        posts.flush();
        return post.getId();
    }

    /** A draft that has been checked: the values to store and the rules it breaks. */
    record CheckedDraft(
            PostDraft draft, String slug, String body, Category category, Instant publishAt, List<FieldError> errors) {}

    private static Instant publicationTime(PostDraft draft, Instant now, List<FieldError> errors) {
        if (draft.getPublication() != PublicationState.SCHEDULED) {
            return null;
        }
        if (draft.getPublishAt() == null) {
            errors.add(new FieldError("publishAt", text("publishAt.required")));
            return null;
        }
        Instant at = draft.getPublishAt().atZone(KoreanTime.ZONE).toInstant();
        if (!at.isAfter(now)) {
            errors.add(new FieldError("publishAt", text("publishAt.notLater")));
        }
        return at;
    }

    /** A pin's last day may not be over already (unless it is the day the post was pinned until before). */
    private static void checkPin(NewsPost post, PostDraft draft, Instant now, List<FieldError> errors) {
        if (!draft.isPinned() || draft.getPinnedUntil() == null) {
            return;
        }
        Instant end = PostDraft.pinEnd(draft.getPinnedUntil());
        boolean unchanged = post != null && end.equals(post.getPinnedUntil());
        if (!end.isAfter(now) && !unchanged) {
            errors.add(new FieldError("pinnedUntil", text("pinnedUntil.past")));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Deletes a post with its comments (the database cascades); what other features keep about it hears of it first
     * ({@link PostDeleted}: consultation requests sent from its page keep everything but the link).
     */
    public void delete(long id) {
        NewsPost post = posts.find(id).orElseThrow(() -> new PostNotFoundException(id));
        deleted.fire(new PostDeleted(id));
        posts.remove(post);
    }

    /** Every saved change of a post, newest first (also after the post was deleted). */
    public List<PostRevisionRow> history(long id) {
        return posts.revisions(id);
    }

    /** The post as it was right after the given revision. */
    public Optional<NewsArticle> revision(long id, long revision) {
        return posts.revision(id, revision).map(old -> asArticle(old, 0)); // readings are not part of revisions
    }

    /**
     * Brings back the text, category and cover of an earlier revision as a new change; whether and when the
     * post is public stays as it is now. A category or picture deleted since is not brought back.
     */
    public void restore(long id, long revision) {
        NewsPost post = posts.find(id).orElseThrow(() -> new PostNotFoundException(id));
        NewsPost old = posts.revision(id, revision)
                .orElseThrow(() ->
                        new RuleViolationException(List.of(new FieldError("revision", text("revision.unknown")))));
        Category category = Optional.ofNullable(old.getCategory())
                .flatMap(c -> categories.find(c.getId()))
                .orElse(post.getCategory());
        Long cover = old.getCoverImageId() == null
                ? null
                : images.find(old.getCoverImageId()).map(LibraryImage::id).orElse(null);
        if (post.isPublic(clock.instant()) && !post.getSlug().equals(old.getSlug())) {
            redirects.recordMove(id, post.getSlug(), old.getSlug());
        }
        post.revise(
                old.getTitle(),
                old.getSlug(),
                old.getSummary(),
                ArticleHtml.sanitize(old.getBody()),
                category,
                old.getAuthorName(),
                clock.instant());
        post.setCover(cover, old.getCoverCaption());
    }

    /** A refusal in the language of the request being served. */
    private static String text(String key) {
        return Texts.say(Newsroom.class, "newsroom." + key);
    }

    private NewsArticle asArticle(NewsPost post, long views) {
        String coverAlt = post.getCoverImageId() == null
                ? null
                : images.find(post.getCoverImageId()).map(LibraryImage::altText).orElse(null);
        return NewsArticle.of(post, coverAlt, views, null, null);
    }
}
