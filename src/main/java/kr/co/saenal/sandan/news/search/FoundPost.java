package kr.co.saenal.sandan.news.search;

import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * A post the search found, as the results page shows it: title and snippet in parts, matches marked; when the words
 * were found only in one of its files, that file's name ({@code attachmentName}, else {@code null}) and a snippet
 * of its text.
 */
public record FoundPost(
        long id,
        String slug,
        List<TextPart> title,
        String categoryName,
        Instant publishedAt,
        List<TextPart> snippet,
        String attachmentName) {

    /** The same post, shown with a snippet of one of its files. */
    FoundPost inAttachment(String fileName, List<TextPart> fileSnippet) {
        return new FoundPost(id, slug, title, categoryName, publishedAt, fileSnippet, fileName);
    }

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }

    public String getPublishedDate() {
        return KoreanTime.shortDate(publishedAt);
    }
}
