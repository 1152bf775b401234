package kr.co.saenal.sandan.news.importing;

import java.util.List;

/** A file read whole: its kind, the old site's address (may be null) and its items in file order. */
public record FeedFile(FeedKind kind, String siteUrl, List<FeedItem> items) {

    public FeedFile {
        items = List.copyOf(items);
    }
}
