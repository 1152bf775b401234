package kr.co.saenal.sandan.platform;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Korean telephone number a requester can be called back on: mobile (010-1234-5678, and the older 011 and
 * 016–019), Seoul (02-123-4567) and the other area codes (031-613-3060), internet telephony (070), personal
 * numbers (0505-123-4567), toll-free numbers (080-123-4567) and nationwide representative numbers (1588-1234).
 * Google's libphonenumber tells which numbers Korea has assigned and of what kind. Premium-rate numbers (060),
 * pagers (015) and machine-to-machine numbers (012) are refused: there is no one to call back there, and a call
 * to 060 is charged to the caller. Accepts hyphens, dots, spaces, parentheses and the +82 (or 0082) country
 * prefix; keeps the number in its usual hyphenated form.
 */
public record PhoneNumber(String value) {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String KOREA = "KR";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Set<PhoneNumberType> CALLABLE = EnumSet.of(
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE,
            PhoneNumberType.VOIP,
            PhoneNumberType.PERSONAL_NUMBER,
            PhoneNumberType.TOLL_FREE,
            PhoneNumberType.UAN);
    /**
     * Of the mobile prefixes libphonenumber knows, those of people's phones: 010 always has an 8-digit subscriber
     * number (010-1234-567 is a digit short, not a number), the older ones 7 or 8 digits.
     */
    private static final Pattern PERSONAL_MOBILE = Pattern.compile("10\\d{8}|1[16789]\\d{7,8}");

    /**
     * Reads the number apart from its separators here rather than with libphonenumber's own parser, which is
     * lenient where a form must not be: it reads letters as on a keypad (1577-CALL), drops trailing text, and
     * takes a country code typed without + or an international prefix (001) for part of the number.
     */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.length() > 30) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        boolean international = digits.startsWith("+82") || digits.startsWith("0082");
        if (international) {
            digits = digits.substring(digits.startsWith("+") ? 3 : 4);
        }
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        // +82 10 1234 5678 and +82 (0)10 1234 5678 both mean 010-1234-5678
        boolean trunkPrefix = digits.startsWith("0");
        String significant = trunkPrefix ? digits.substring(1) : digits;
        if (significant.isEmpty() || significant.startsWith("0")) {
            return Optional.empty();
        }
        Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber()
                .setCountryCode(NUMBERS.getCountryCodeForRegion(KOREA))
                .setNationalNumber(Long.parseLong(significant));
        if (!NUMBERS.isValidNumberForRegion(number, KOREA)) {
            return Optional.empty();
        }
        PhoneNumberType type = NUMBERS.getNumberType(number);
        // at home, every number but a representative one is dialled with its leading 0 (1588-1234, 02-123-4567)
        boolean writtenAsDialled = international || trunkPrefix == (type != PhoneNumberType.UAN);
        if (!CALLABLE.contains(type)
                || !writtenAsDialled
                || (type == PhoneNumberType.MOBILE
                        && !PERSONAL_MOBILE.matcher(significant).matches())) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(hyphenated(number, type)));
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /**
     * libphonenumber's national form (010-1234-5678, 02-123-4567, 1588-1234), except for personal numbers, which
     * Koreans write with the four-digit prefix they dial (0505-123-4567, not 050-5123-4567).
     */
    private static String hyphenated(Phonenumber.PhoneNumber number, PhoneNumberType type) {
        if (type == PhoneNumberType.PERSONAL_NUMBER) {
            String digits = "0" + number.getNationalNumber();
            int last = digits.length() - 4;
            return digits.substring(0, 4) + "-" + digits.substring(4, last) + "-" + digits.substring(last);
        }
        return NUMBERS.format(number, PhoneNumberFormat.NATIONAL);
    }

    @Override
    public String toString() {
        return value;
    }
}
