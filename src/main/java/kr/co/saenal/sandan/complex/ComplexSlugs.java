package kr.co.saenal.sandan.complex;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The slug of a complex's address ({@code /complexes/812/남동-재생사업지구}): its name in lower case, Hangul kept, every
 * run of other characters one hyphen. The id finds the complex; the slug only makes the address readable.
 */
public final class ComplexSlugs {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 80;

    private ComplexSlugs() {}

    public static String of(String name) {
        String normalized = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(normalized).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "complex" : slug;
    }
}
