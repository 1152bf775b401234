package kr.co.saenal.sandan.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Pictures in an article body as readers get them: loaded lazily and decoded off the main thread, and pictures
 * of our own library offered in the list widths ({@code /media/{id}?w=480}, {@code ?w=960}) so that a phone does
 * not fetch the original. Works on sanitized bodies ({@link ArticleHtml}), whose {@code img} tags carry only
 * {@code src}, {@code alt}, {@code width} and {@code height}; the stored body is left as the editor wrote it.
 * A library photo in a {@code figure} (the editor's photo with its caption) opens large through a plain link to
 * its original ({@code /media/{id}}), so no script is needed to see it whole.
 */
public final class ArticleImages {

    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*?)\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIBRARY_SOURCE =
            Pattern.compile("\\bsrc=\"/media/([0-9]+)(?:\\?w(?:=|&#61;)[0-9]+)?\"");
    /**
     * A figure opening with a library photo that is not a link yet (the sanitizer writes attributes in quotes and
     * {@code =} in them as {@code &#61;}).
     */
    private static final Pattern FIGURE_PHOTO = Pattern.compile(
            "(<figure\\b[^>]*>\\s*)(<img\\b[^>]*?\\bsrc=\"/media/([0-9]+)(?:\\?w(?:=|&#61;)[0-9]+)?\"[^>]*>)");
    /** The column an article body is set in (site.css: .article). */
    public static final String BODY_SIZES = "(max-width: 860px) 100vw, 820px";

    private ArticleImages() {}

    public static String forReading(String sanitizedHtml) {
        if (sanitizedHtml == null || !sanitizedHtml.contains("<img")) {
            return sanitizedHtml;
        }
        Matcher tag = IMG.matcher(sanitizedHtml);
        StringBuilder out = new StringBuilder(sanitizedHtml.length() + 256);
        while (tag.find()) {
            String attributes = tag.group(1);
            StringBuilder img = new StringBuilder("<img").append(attributes);
            Matcher library = LIBRARY_SOURCE.matcher(attributes);
            if (library.find() && !attributes.contains("srcset=")) {
                String id = library.group(1);
                img.append(" srcset=\"")
                        .append(srcset(id))
                        .append("\" sizes=\"")
                        .append(BODY_SIZES)
                        .append('"');
            }
            if (!attributes.contains("loading=")) {
                img.append(" loading=\"lazy\"");
            }
            if (!attributes.contains("decoding=")) {
                img.append(" decoding=\"async\"");
            }
            tag.appendReplacement(
                    out, Matcher.quoteReplacement(img.append(" />").toString()));
        }
        tag.appendTail(out);
        return openLarge(out.toString());
    }

    /** Each library photo of a figure becomes a link to its original, the largest size the library keeps. */
    private static String openLarge(String html) {
        if (!html.contains("<figure")) {
            return html;
        }
        String hint = "<span class=\"visually-hidden\">" + Texts.say(ArticleImages.class, "articleImages.openLarge")
                + "</span>";
        Matcher figure = FIGURE_PHOTO.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 128);
        while (figure.find()) {
            figure.appendReplacement(
                    out,
                    Matcher.quoteReplacement(figure.group(1) + "<a class=\"figure-open\" href=\"/media/"
                            + figure.group(3) + "\">" + figure.group(2) + hint + "</a>"));
        }
        figure.appendTail(out);
        return out.toString();
    }

    /** The list widths of a library picture, for a {@code srcset} attribute. */
    public static String srcset(String imageId) {
        return "/media/" + imageId + "?w=480 480w, /media/" + imageId + "?w=960 960w";
    }
}
