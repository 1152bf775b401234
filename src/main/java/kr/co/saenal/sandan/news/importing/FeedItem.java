package kr.co.saenal.sandan.news.importing;

import java.time.Instant;
import java.util.List;

/**
 * One item of the file as read, before any rule of ours: title, link and guid (the old addresses), publication time
 * ({@code null} when the file has none), author's name, body HTML as written there, excerpt, slug (WordPress'
 * post_name, decoded), whether it was published, its WordPress type ({@code post}, {@code page}, {@code attachment}…;
 * {@code post} for RSS), categories in file order, approved comments.
 */
public record FeedItem(
        String title,
        String link,
        String guid,
        Instant publishedAt,
        String author,
        String body,
        String excerpt,
        String slug,
        boolean published,
        String type,
        List<FeedCategory> categories,
        List<FeedComment> comments) {

    public FeedItem {
        categories = List.copyOf(categories);
        comments = List.copyOf(comments);
    }

    public boolean isPost() {
        return "post".equals(type);
    }
}
