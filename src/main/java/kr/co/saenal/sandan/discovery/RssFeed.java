package kr.co.saenal.sandan.discovery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.co.saenal.sandan.news.FeedEntry;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * The same posts as {@link AtomFeed}, as RSS 2.0 (the RSS Advisory Board's specification), for the readers and
 * portals that take only RSS — Naver's search advisor asks for it. Dates are RFC 822 (with four-digit years, as
 * RFC 1123 writes them) in Korea's time; each item's {@code guid} is its permanent address ({@code /news/{id}},
 * which leads to the article whatever its slug becomes), marked {@code isPermaLink}; the summary is the
 * {@code description} and the whole body, with absolute links, {@code content:encoded}. Text is escaped by the
 * writer, so a title with {@code <} or {@code &} stays text.
 */
record RssFeed(AtomFeed feed, String language) {

    public static final String CONTENT_TYPE = "application/rss+xml; charset=UTF-8";

    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    /** RFC 822 as RSS 2.0 asks for it: {@code Tue, 1 Dec 2026 09:00:00 +0900}. */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(KoreanTime.ZONE));
    }

    byte[] toXml() {
        Instant updated = feed.updated();
        XmlDocument xml = new XmlDocument()
                .start("rss")
                .attribute("version", "2.0")
                .namespace("atom", AtomFeed.NAMESPACE)
                .namespace("content", CONTENT)
                .namespace("dc", DUBLIN_CORE)
                .start("channel")
                .element("title", feed.title())
                .element("link", feed.page())
                .element("description", feed.subtitle().isBlank() ? feed.title() : feed.subtitle())
                .element("language", language)
                .element("copyright", "© " + feed.publisher())
                .element("lastBuildDate", rfc822(updated == null ? Instant.EPOCH : updated))
                .emptyIn(
                        "atom",
                        AtomFeed.NAMESPACE,
                        "link",
                        "href",
                        feed.self(),
                        "rel",
                        "self",
                        "type",
                        "application/rss+xml");
        for (FeedEntry entry : feed.entries()) {
            String permanent = feed.base() + "/news/" + entry.id();
            xml.start("item")
                    .element("title", entry.title())
                    .element("link", feed.base() + entry.path())
                    .start("guid")
                    .attribute("isPermaLink", "true")
                    .text(permanent)
                    .end()
                    .element("pubDate", rfc822(entry.publishedAt()))
                    .element("dc", DUBLIN_CORE, "creator", entry.authorName())
                    .start("category")
                    .attribute("domain", feed.base() + "/news?category=" + entry.categorySlug())
                    .text(entry.categoryName())
                    .end()
                    .element("description", entry.summary())
                    .element("content", CONTENT, "encoded", feed.content(entry))
                    .end();
        }
        return xml.end().end().finish();
    }
}
