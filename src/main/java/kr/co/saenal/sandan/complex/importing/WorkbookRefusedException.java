package kr.co.saenal.sandan.complex.importing;

import java.util.List;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.platform.Refusal;

/**
 * An uploaded file Sandan will not import, and why, in the language of the request (Korean unless it asks for
 * English; {@code problem.<type>} in complex/Texts). Nothing was stored or changed.
 */
public class WorkbookRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused; each is a problem type ({@code workbook-too-large} …). */
    public enum Reason {
        EMPTY("workbook-empty"),
        TOO_LARGE("workbook-too-large"),
        NOT_A_WORKBOOK("workbook-not-a-workbook"),
        TEXT_FILE("workbook-text-file"),
        LEGACY_FORMAT("workbook-legacy-format"),
        ENCRYPTED("workbook-encrypted"),
        ZIP_BOMB("workbook-zip-bomb"),
        DAMAGED("workbook-damaged"),
        SHEET_TOO_LARGE("workbook-sheet-too-large"),
        UNKNOWN_KIND("workbook-unknown-kind"),
        MISSING_SHEET("workbook-missing-sheet"),
        MISSING_HEADER("workbook-missing-header"),
        NO_PERIOD("workbook-no-period"),
        PERIODS_DISAGREE("workbook-periods-disagree"),
        NO_ROWS("workbook-no-rows");

        private final String problemType;

        Reason(String problemType) {
            this.problemType = problemType;
        }

        public String problemType() {
            return problemType;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    public WorkbookRefusedException(Reason reason, Object... arguments) {
        this(reason, null, arguments);
    }

    public WorkbookRefusedException(Reason reason, Throwable cause, Object... arguments) {
        super("Workbook refused: " + reason + " " + List.of(arguments), cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String problemType() {
        return reason.problemType();
    }

    /** The values of the detail text; a workbook kind is named in the language the text is read in. */
    @Override
    public List<Object> detailArguments() {
        return arguments.stream()
                .map(a -> a instanceof WorkbookKind kind ? (Object) kind.label() : a)
                .toList();
    }
}
