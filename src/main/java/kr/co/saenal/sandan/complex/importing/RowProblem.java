package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Something in a row the import could not use: where (sheet, row number as Excel shows it, column letter and its
 * header), the cell's value, and why. Rows with an unreadable cell are left out of the import ({@link #skipped});
 * notes (a 부록4 complex missing from 상위단지) leave the row in.
 */
public record RowProblem(
        String sheet, int row, String column, String header, String value, Reason reason, List<String> arguments)
        implements Serializable {

    /** Why a row could not be used; its text is {@code rowProblem.<REASON>} in complex/Texts. */
    public enum Reason {
        NOT_A_NUMBER(true),
        NOT_A_WHOLE_NUMBER(true),
        UNKNOWN_TYPE(true),
        UNKNOWN_STATUS(true),
        UNKNOWN_SIDO(true),
        MISSING_NAME(true),
        MISSING_SIGUN(true),
        /** arguments: the row where the same complex (or short name) was already read */
        DUPLICATE(true),
        /** a bundle member whose bundle is not among the complexes of 상위단지 */
        BUNDLE_NOT_LISTED(true),
        /** a complex of 부록4 (aged) that 상위단지 does not list; the others are marked */
        AGED_NOT_LISTED(false),
        /** a complex of 부록3 (two 시도) that 상위단지 does not list */
        SPANNING_NOT_LISTED(false);

        private final boolean skipsRow;

        Reason(boolean skipsRow) {
            this.skipsRow = skipsRow;
        }

        public boolean skipsRow() {
            return skipsRow;
        }
    }

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    /** Whether the row was left out of the import (else it is a note). */
    public boolean skipped() {
        return reason.skipsRow();
    }

    /** Why, for people, in the language of the request being served. */
    public String text() {
        return Texts.say(RowProblem.class, "rowProblem." + reason.name(), arguments.toArray());
    }

    public String text(Locale locale) {
        return Texts.format(RowProblem.class, locale, "rowProblem." + reason.name(), arguments.toArray());
    }

    /** Where: 전국산업단지현황(상위단지) E17. */
    public String where() {
        return sheet + " " + column + row;
    }

    @Override
    public String toString() {
        return where() + " [" + header + "] '" + value + "': " + reason + arguments;
    }
}
