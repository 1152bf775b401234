package kr.co.saenal.sandan.news;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs. Korean titles keep their Hangul (browsers and search engines show it readably);
 * everything that is not a letter or digit becomes a single hyphen.
 */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String fromTitle(String title) {
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(normalized).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "post" : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    public static String requireValid(String slug) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("Not a valid slug: " + slug);
        }
        return slug;
    }
}
