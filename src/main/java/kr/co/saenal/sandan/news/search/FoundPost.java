package kr.co.saenal.sandan.news.search;

import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A post the search found, as the results page shows it: title and snippet in parts, matches marked. */
public record FoundPost(
        long id, String slug, List<TextPart> title, String categoryName, Instant publishedAt, List<TextPart> snippet) {

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public String getPublishedDate() {
        return KoreanTime.shortDate(publishedAt);
    }
}
