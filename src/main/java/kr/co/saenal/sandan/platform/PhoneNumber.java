package kr.co.saenal.sandan.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean telephone number: mobile (010-1234-5678), Seoul (02-123-4567), the other area codes
 * (031-613-3060), internet telephony (070) and nationwide representative numbers (1588-1234).
 * Accepts hyphens, dots, spaces, parentheses and the +82 country prefix; keeps the number in its usual
 * hyphenated form.
 */
public record PhoneNumber(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("(010)(\\d{4})(\\d{4})");
    /** 011, 016-019: the older mobile prefixes, still in use with 7- or 8-digit subscriber numbers. */
    private static final Pattern OLD_MOBILE = Pattern.compile("(01[16789])(\\d{3,4})(\\d{4})");
    private static final Pattern SEOUL = Pattern.compile("(02)(\\d{3,4})(\\d{4})");
    private static final Pattern AREA = Pattern.compile("(0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4]|70))(\\d{3,4})(\\d{4})");
    private static final Pattern REPRESENTATIVE = Pattern.compile("(1[5-9]\\d{2})(\\d{4})");

    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.length() > 30) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+82")) {
            digits = nationalForm(digits.substring(3));
        } else if (digits.startsWith("0082")) {
            digits = nationalForm(digits.substring(4));
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {MOBILE, OLD_MOBILE, SEOUL, AREA, REPRESENTATIVE}) {
            Matcher m = pattern.matcher(digits);
            if (m.matches()) {
                StringBuilder formatted = new StringBuilder(m.group(1));
                for (int g = 2; g <= m.groupCount(); g++) {
                    formatted.append('-').append(m.group(g));
                }
                return Optional.of(new PhoneNumber(formatted.toString()));
            }
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** +82 10 1234 5678 and +82 010 1234 5678 both mean 010-1234-5678. */
    private static String nationalForm(String afterCountryCode) {
        return afterCountryCode.startsWith("0") ? afterCountryCode : "0" + afterCountryCode;
    }

    @Override
    public String toString() {
        return value;
    }
}
