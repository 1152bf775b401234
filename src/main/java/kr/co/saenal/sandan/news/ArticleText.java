package kr.co.saenal.sandan.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of a (sanitized) article body: tags dropped, character references decoded, spaces tidied. */
public final class ArticleText {

    private static final Pattern BREAKING_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|td|th|figure|figcaption|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private ArticleText() {}

    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BREAKING_TAG.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(decoded, Matcher.quoteReplacement(decode(reference.group(1))));
        }
        reference.appendTail(decoded);
        return decoded.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static String decode(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
            }
        };
    }
}
