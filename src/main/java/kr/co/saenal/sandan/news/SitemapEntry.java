package kr.co.saenal.sandan.news;

import java.time.Instant;

/** A published post's address and the time it last changed, for the sitemap. */
public record SitemapEntry(long id, String slug, String categorySlug, Instant publishedAt, Instant updatedAt) {

    public String path() {
        return ArticlePaths.of(id, slug);
    }

    public Instant lastModified() {
        return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
