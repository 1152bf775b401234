package kr.co.saenal.sandan.site;

import java.util.Optional;

/**
 * A 사업자등록번호 as the National Tax Service issues it: ten digits written {@code ###-##-#####}, the last a check
 * digit over the other nine (weights 1 3 7 1 3 7 1 3 5, plus the tens of the ninth digit times 5). Typed with or
 * without hyphens or spaces; stored and shown hyphenated.
 */
public record BusinessRegistrationNumber(String value) {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    /** The number in its usual form, or empty when it is not ten digits or its check digit is wrong. */
    public static Optional<BusinessRegistrationNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}") || !checkDigitHolds(digits)) {
            return Optional.empty();
        }
        return Optional.of(new BusinessRegistrationNumber(
                digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5)));
    }

    static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
