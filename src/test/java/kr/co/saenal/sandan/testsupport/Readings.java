package kr.co.saenal.sandan.testsupport;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What a person's browser does on opening an article: it fetches the page, and the page's script reports the reading. */
public final class Readings {

    /** A browser on a phone, as people read. */
    public static final String BROWSER =
            "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
                    + " Mobile Safari/537.36";

    private static final Pattern VIEWS = Pattern.compile("\"views\":(\\d+)");

    private Readings() {}

    /** Opens the article at {@code path} as {@code reader} and reports the reading as {@code reading.js} does. */
    public static Http.Reply read(Http reader, String path) {
        Element article = reader.get(path, "User-Agent", BROWSER).html().selectFirst("article[data-reading-token]");
        if (article == null) {
            throw new AssertionError(path + " is not an article page");
        }
        return reader.sendWithHeaders(
                "POST",
                article.attr("data-reading-url"),
                Http.formEncoded(
                        Map.of("id", article.attr("data-reading-id"), "token", article.attr("data-reading-token"))),
                List.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "User-Agent",
                        BROWSER,
                        "Sec-Fetch-Site",
                        "same-origin"));
    }

    /** The view count the reading was answered with. */
    public static long views(Http.Reply answer) {
        Matcher views = VIEWS.matcher(answer.body());
        if (answer.status() != 200 || !views.find()) {
            throw new AssertionError("not a reading's answer: " + answer);
        }
        return Long.parseLong(views.group(1));
    }
}
