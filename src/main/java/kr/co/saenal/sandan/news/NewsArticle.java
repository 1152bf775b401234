package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A published post with everything the article page shows. */
public record NewsArticle(long id, String title, String slug, String summary, String bodyHtml, String categorySlug,
        String categoryName, Instant publishedAt, String authorName, long viewCount, Long coverImageId,
        String coverAlt, String coverCaption, NewsLink previous, NewsLink next) {

    /** The article as readers see it; {@code previous} and {@code next} may be {@code null}. */
    public static NewsArticle of(NewsPost post, NewsLink previous, NewsLink next) {
        return new NewsArticle(post.getId(), post.getTitle(), post.getSlug(), post.getSummary(), post.getBody(),
                post.getCategory().getSlug(), post.getCategory().getName(),
                post.getPublishedAt() == null ? post.getUpdatedAt() : post.getPublishedAt(), post.getAuthorName(),
                post.getViewCount(), post.getCoverImage() == null ? null : post.getCoverImage().getId(),
                post.getCoverImage() == null ? null : post.getCoverImage().getAltText(), post.getCoverCaption(),
                previous, next);
    }

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public NewsArticle withViewCount(long count) {
        return new NewsArticle(id, title, slug, summary, bodyHtml, categorySlug, categoryName, publishedAt, authorName,
                count, coverImageId, coverAlt, coverCaption, previous, next);
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
