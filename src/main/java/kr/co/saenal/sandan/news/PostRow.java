package kr.co.saenal.sandan.news;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** One line of the back-office news table. */
public record PostRow(
        long id,
        String title,
        String slug,
        String categoryName,
        PostStatus status,
        Instant publishedAt,
        Instant updatedAt,
        long viewCount,
        Instant pinnedAt,
        Instant pinnedUntil)
        implements Serializable {

    /**
     * JPQL constructor expression selecting exactly these columns from {@code NewsPost p join p.category c} with
     * {@link NewsRepository#WITH_VIEWS}.
     */
    static final String COLUMNS = "new kr.co.saenal.sandan.news.PostRow(p.id, p.title, p.slug, c.name, p.status, "
            + "p.publishedAt, p.updatedAt, " + NewsRepository.VIEWS + ", p.pinnedAt, p.pinnedUntil)";

    /** Pinned to the head of its lists (공지) at {@code now}: pinned, and its pin not ended yet. */
    public boolean isPinned(Instant now) {
        return NewsPost.pinInForce(pinnedAt, pinnedUntil, now);
    }

    public PublicationState state(Instant now) {
        return PublicationState.of(status, publishedAt, now);
    }

    // JavaBean names, so that the table's sort fields are plain properties

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public String getPublishedAtText() {
        return publishedAt == null ? "" : KoreanTime.compact(publishedAt);
    }

    public String getUpdatedAtText() {
        return KoreanTime.compact(updatedAt);
    }
}
