package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A published post as lists show it. */
public record NewsSummary(
        long id,
        String title,
        String slug,
        String summary,
        String categorySlug,
        String categoryName,
        Instant publishedAt,
        long viewCount,
        Long coverImageId,
        String coverAlt) {

    /** The readable address of the article: /news/{id}/{slug}. */
    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public String getPublishedDate() {
        return KoreanTime.shortDate(publishedAt);
    }
}
