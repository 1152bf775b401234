package kr.co.saenal.sandan.discovery;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.news.FeedEntry;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * An Atom 1.0 feed (RFC 4287) of published posts. Atom rather than RSS 2.0: every entry has a permanent id and
 * an {@code updated} time in RFC 3339, the feed's own {@code updated} is what {@code Last-Modified} says, and
 * the body travels as escaped HTML with a declared type instead of RSS's guesswork; every feed reader and
 * portal that takes RSS takes Atom too.
 *
 * @param title the feed's name, e.g. {@code 산단정보 · 정책·공모사업}
 * @param self the feed's own absolute URL
 * @param page the absolute URL of the page the feed follows (the news list)
 * @param base the site's address, for the links inside post bodies
 */
record AtomFeed(
        String title,
        String subtitle,
        String self,
        String page,
        String base,
        String publisher,
        List<FeedEntry> entries) {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml; charset=UTF-8";

    /** Root-relative links and pictures in a body ({@code href="/news/.."}, {@code src="/media/.."}). */
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src))=\"/(?!/)");

    /** The newest change among the entries, or {@code null} for an empty feed. */
    Instant updated() {
        return entries.stream()
                .map(FeedEntry::lastModified)
                .max(Instant::compareTo)
                .orElse(null);
    }

    byte[] toXml() {
        Instant updated = updated();
        XmlDocument xml = new XmlDocument().start(NAMESPACE, "feed").language("ko");
        xml.element("id", self)
                .element("title", title)
                .element("subtitle", subtitle)
                .element("updated", KoreanTime.iso(updated == null ? Instant.EPOCH : updated))
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", self)
                .empty("link", "rel", "alternate", "type", "text/html", "href", page)
                .start("author")
                .element("name", publisher)
                .end()
                .element("icon", base + "/resources/sandan/img/mark.svg")
                .element("rights", "© " + publisher);
        for (FeedEntry entry : entries) {
            String url = base + entry.path();
            xml.start("entry")
                    .element("id", base + "/news/" + entry.id())
                    .element("title", entry.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                    .element("published", KoreanTime.iso(entry.publishedAt()))
                    .element("updated", KoreanTime.iso(entry.lastModified()))
                    .start("author")
                    .element("name", entry.authorName())
                    .end()
                    .empty(
                            "category",
                            "term",
                            entry.categorySlug(),
                            "label",
                            entry.categoryName(),
                            "scheme",
                            base + "/news?category=")
                    .element("summary", entry.summary())
                    .start("content")
                    .attribute("type", "html")
                    .text(content(entry))
                    .end()
                    .end();
        }
        return xml.end().finish();
    }

    /** The body with absolute links, led by the cover picture (in its 960-pixel copy). */
    String content(FeedEntry entry) {
        String body =
                ROOT_RELATIVE.matcher(entry.bodyHtml()).replaceAll("$1=\"" + Matcher.quoteReplacement(base) + "/");
        if (entry.coverImageId() == null) {
            return body;
        }
        return "<p><img src=\"" + base + "/media/" + entry.coverImageId() + "?w=960\" alt=\""
                + attribute(entry.coverAlt()) + "\" /></p>" + body;
    }

    private static String attribute(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
