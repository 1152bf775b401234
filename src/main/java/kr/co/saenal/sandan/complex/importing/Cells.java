package kr.co.saenal.sandan.complex.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Mark;

/**
 * Reads a figure from a cell. Number cells are taken exactly as stored; text cells may hold a number as people type
 * it (" 1,922 ", "82.72%", full-width digits), "X" (suppressed) or "-" (none); a blank cell is none too. Anything
 * else is unreadable, and a count with decimals is too.
 */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPING = Pattern.compile("[,\\s\\u00A0\\u3000]");

    private Cells() {}

    /** A figure, or why there is none. */
    record Reading(Figure figure, RowProblem.Reason problem) {

        static Reading of(Figure figure) {
            return new Reading(figure, null);
        }

        static Reading problem(RowProblem.Reason reason) {
            return new Reading(null, reason);
        }

        boolean readable() {
            return figure != null;
        }
    }

    /** The figure of {@code cell}; {@code scale} 0 means it counts something and must be a whole number. */
    static Reading figure(SheetCell cell, int scale) {
        BigDecimal value;
        if (cell.number()) {
            value = parse(cell.text());
            if (value == null) {
                return Reading.problem(RowProblem.Reason.NOT_A_NUMBER);
            }
        } else {
            String text =
                    Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
            if (text.isEmpty()) {
                return Reading.of(Figure.none());
            }
            if (Vocabulary.KICOX.is("mark.SUPPRESSED", text)) {
                return Reading.of(Figure.suppressed());
            }
            if (Vocabulary.KICOX.is("mark.NONE", text)) {
                return Reading.of(Figure.marked(Mark.NONE));
            }
            String plain = GROUPING.matcher(text).replaceAll("");
            if (plain.endsWith("%")) {
                plain = plain.substring(0, plain.length() - 1);
            }
            value = parse(plain);
            if (value == null) {
                return Reading.problem(RowProblem.Reason.NOT_A_NUMBER);
            }
        }
        if (scale == 0 && value.stripTrailingZeros().scale() > 0) {
            return Reading.problem(RowProblem.Reason.NOT_A_WHOLE_NUMBER);
        }
        return Reading.of(Figure.of(value));
    }

    private static BigDecimal parse(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            // a plain value: 1.1237469930419583E7 is 11237469.930419583
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
