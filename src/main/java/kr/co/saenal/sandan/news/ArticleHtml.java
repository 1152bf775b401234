package kr.co.saenal.sandan.news;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML an article body may contain. Everything an editor can produce with the text editor survives
 * (headings, lists, emphasis, links, quotes, tables, images of our own media); scripts, event handlers,
 * styles, frames and {@code javascript:} URLs never do. Every body passes through here before it is stored.
 */
public final class ArticleHtml {

    /** Quill's alignment and indentation classes, and our figure classes; nothing else. */
    private static final Pattern ALLOWED_CLASS =
            Pattern.compile("(ql-(align|indent)-[a-z0-9]+|wide)( (ql-(align|indent)-[a-z0-9]+|wide))*");
    /** Images come from our media library (same origin) or an https address. */
    private static final Pattern IMAGE_SOURCE = Pattern.compile("(/media/[0-9]+(\\?w=[0-9]+)?|https://[^\\s\"'<>]+)");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "h2",
                    "h3",
                    "h4",
                    "blockquote",
                    "pre",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "hr",
                    "a",
                    "img",
                    "figure",
                    "figcaption",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "caption")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("target")
            .matching(Pattern.compile("_blank"))
            .onElements("a")
            .allowAttributes("src")
            .matching(IMAGE_SOURCE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(Pattern.compile("[0-9]{1,4}"))
            .onElements("img")
            .allowAttributes("class")
            .matching(ALLOWED_CLASS)
            .onElements("p", "h2", "h3", "h4", "li", "figure", "blockquote")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[0-9]{1,2}"))
            .onElements("th", "td")
            .toFactory();

    private ArticleHtml() {}

    /** The body as it may be shown to readers. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Whether the body says anything once the markup is gone (an editor's empty {@code <p><br></p>} does not). */
    public static boolean hasText(String sanitizedHtml) {
        return !sanitizedHtml
                .replaceAll("<img[^>]*>", "x")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ")
                .replace("&#160;", " ")
                .isBlank();
    }
}
