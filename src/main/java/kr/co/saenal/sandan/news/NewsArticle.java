package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A published post with everything the article page shows. */
public record NewsArticle(
        long id,
        String title,
        String slug,
        String summary,
        String bodyHtml,
        String categorySlug,
        String categoryName,
        Instant publishedAt,
        String authorName,
        long viewCount,
        Long coverImageId,
        String coverAlt,
        String coverCaption,
        NewsLink previous,
        NewsLink next,
        Instant modifiedAt) {

    /**
     * The article as readers see it; {@code coverAlt} is the cover picture's alt text (from the image library),
     * {@code viewCount} how often it was read ({@link PostViews}), {@code previous} and {@code next} may be
     * {@code null}.
     */
    public static NewsArticle of(NewsPost post, String coverAlt, long viewCount, NewsLink previous, NewsLink next) {
        return new NewsArticle(
                post.getId(),
                post.getTitle(),
                post.getSlug(),
                post.getSummary(),
                post.getBody(),
                post.getCategory().getSlug(),
                post.getCategory().getName(),
                post.getPublishedAt() == null ? post.getUpdatedAt() : post.getPublishedAt(),
                post.getAuthorName(),
                viewCount,
                post.getCoverImageId(),
                post.getCoverImageId() == null ? null : coverAlt,
                post.getCoverCaption(),
                previous,
                next,
                post.getUpdatedAt());
    }

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public NewsArticle withViewCount(long count) {
        return new NewsArticle(
                id,
                title,
                slug,
                summary,
                bodyHtml,
                categorySlug,
                categoryName,
                publishedAt,
                authorName,
                count,
                coverImageId,
                coverAlt,
                coverCaption,
                previous,
                next,
                modifiedAt);
    }

    /** When readers last saw it change: its publication, or a later edit. */
    public Instant lastModified() {
        return modifiedAt == null || modifiedAt.isBefore(publishedAt) ? publishedAt : modifiedAt;
    }

    /** The body with its pictures loaded lazily, in the size the screen needs ({@link ArticleImages}). */
    public String getBodyForReading() {
        return ArticleImages.forReading(bodyHtml);
    }

    /** For {@code <time datetime>}: 2026-11-26T09:00:00+09:00. */
    public String getPublishedIso() {
        return KoreanTime.iso(publishedAt);
    }

    public String getPublishedDateTime() {
        return KoreanTime.dateTime(publishedAt);
    }

    /** A neighbouring article, for the previous/next links. */
    public record NewsLink(long id, String title, String slug) {
        public String getPath() {
            return ArticlePaths.of(id, slug);
        }
    }
}
