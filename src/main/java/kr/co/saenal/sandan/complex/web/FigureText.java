package kr.co.saenal.sandan.complex.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import kr.co.saenal.sandan.complex.Figure;

/**
 * Figures as readers read them: numbers grouped the language's way (1,234.5), a figure KICOX marked as its label
 * (비공개 for "X", 없음 for "-"), never 0; areas of 천㎡ also in ㎡ and in 평 (1평 = 400/121 ㎡, the legal
 * conversion, so 1천㎡ = 302.5평).
 */
final class FigureText {

    /** 평 in one thousand square metres: 1,000 ÷ (400/121). */
    static final BigDecimal PYEONG_PER_THOUSAND_SQUARE_METRES = new BigDecimal("302.5");

    private FigureText() {}

    /** The number with up to {@code decimals} decimals, or the mark's label. */
    static String of(Figure figure, int decimals, Locale locale) {
        if (figure == null) {
            return "";
        }
        if (!figure.hasValue()) {
            return figure.mark().label(locale);
        }
        return number(figure.value(), decimals, locale);
    }

    static String number(BigDecimal value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** An area of 천㎡ in ㎡, whole. */
    static String squareMetres(Figure thousands, Locale locale) {
        if (thousands == null || !thousands.hasValue()) {
            return of(thousands, 0, locale);
        }
        return number(thousands.value().multiply(BigDecimal.valueOf(1000)), 0, locale);
    }

    /** An area of 천㎡ in 평, whole. */
    static String pyeong(Figure thousands, Locale locale) {
        if (thousands == null || !thousands.hasValue()) {
            return of(thousands, 0, locale);
        }
        return number(thousands.value().multiply(PYEONG_PER_THOUSAND_SQUARE_METRES), 0, locale);
    }

    /** A change between two figures, signed (+12, −3.5, 0), or {@code null} when either has no number. */
    static String change(Figure now, Figure before, int decimals, Locale locale) {
        if (now == null || before == null || !now.hasValue() || !before.hasValue()) {
            return null;
        }
        BigDecimal difference = now.value().subtract(before.value());
        String text = number(difference.abs(), decimals, locale);
        return switch (difference.signum()) {
            case 1 -> "+" + text;
            case -1 -> "\u2212" + text;
            default -> text;
        };
    }

    /** A share in percent with one decimal, or {@code null} when the whole is zero or the part has no number. */
    static BigDecimal share(Figure part, BigDecimal whole) {
        if (part == null || !part.hasValue() || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.value().multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
