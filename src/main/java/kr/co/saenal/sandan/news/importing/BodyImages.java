package kr.co.saenal.sandan.news.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures a body of the old site shows ({@code <img src>}), found before the body is sanitized (the sanitizer
 * keeps only our own and https pictures), and the body with each fetched picture's address replaced by ours. Only
 * the {@code src} of {@code img} tags is read or changed; everything else is left to the sanitizer.
 */
final class BodyImages {

    private static final Pattern IMG = Pattern.compile("(?is)<img\\b[^>]*>");
    private static final Pattern SRC = Pattern.compile("(?is)(\\ssrc\\s*=\\s*)(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern ALT = Pattern.compile("(?is)\\salt\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern SRCSET = Pattern.compile("(?is)\\ssrcset\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");

    private BodyImages() {}

    /** A picture of a body: its absolute address and its alt text (may be blank). */
    record Found(String url, String alt) {}

    /** The pictures of {@code html}, by absolute http(s) address (the first alt text seen for each). */
    static Map<String, Found> in(String html, String base) {
        Map<String, Found> found = new LinkedHashMap<>();
        Matcher img = IMG.matcher(html == null ? "" : html);
        while (img.find()) {
            String tag = img.group();
            Matcher src = SRC.matcher(tag);
            if (!src.find()) {
                continue;
            }
            String url = absolute(unescape(value(src, 3)), base);
            if (url == null) {
                continue;
            }
            Matcher alt = ALT.matcher(tag);
            String altText = alt.find() ? unescape(value(alt, 2)) : "";
            found.putIfAbsent(url, new Found(url, altText.strip()));
        }
        return found;
    }

    /** {@code html} with the {@code src} of every picture {@code replacement} knows changed (and its srcset gone). */
    static String rewrite(String html, String base, Function<String, String> replacement) {
        if (html == null) {
            return "";
        }
        Matcher img = IMG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (img.find()) {
            String tag = img.group();
            Matcher src = SRC.matcher(tag);
            String changed = tag;
            if (src.find()) {
                String url = absolute(unescape(value(src, 3)), base);
                String ours = url == null ? null : replacement.apply(url);
                if (ours != null) {
                    changed = tag.substring(0, src.start()) + src.group(1) + "\"" + ours + "\""
                            + tag.substring(src.end());
                    changed = SRCSET.matcher(changed).replaceAll("");
                }
            }
            img.appendReplacement(out, Matcher.quoteReplacement(changed));
        }
        img.appendTail(out);
        return out.toString();
    }

    private static String value(Matcher m, int first) {
        for (int g = first; g <= first + 2; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&")
                .replace("&#38;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .strip();
    }

    /** The address resolved against the item's link (or the site's), when it is http or https; else null. */
    static String absolute(String src, String base) {
        if (src == null || src.isBlank() || src.startsWith("data:")) {
            return null;
        }
        try {
            URI uri = new URI(encodeUnsafe(src));
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(encodeUnsafe(base)).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Korean file names and spaces as WordPress sometimes leaves them unencoded. */
    private static String encodeUnsafe(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`') {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** The distinct pictures of many bodies, in the order first seen. */
    static List<Found> distinct(List<Map<String, Found>> bodies) {
        Map<String, Found> all = new LinkedHashMap<>();
        bodies.forEach(b -> b.forEach(all::putIfAbsent));
        return new ArrayList<>(all.values());
    }
}
