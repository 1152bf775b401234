package kr.co.saenal.sandan.news;

import java.time.Instant;

/** A published post as feeds carry it: with its body and the time it last changed. */
public record FeedEntry(
        long id,
        String title,
        String slug,
        String summary,
        String bodyHtml,
        String categorySlug,
        String categoryName,
        String authorName,
        Instant publishedAt,
        Instant updatedAt,
        Long coverImageId,
        String coverAlt) {

    public String path() {
        return ArticlePaths.of(id, slug);
    }

    /** When readers last saw it change: its publication, or a later edit. */
    public Instant lastModified() {
        return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
