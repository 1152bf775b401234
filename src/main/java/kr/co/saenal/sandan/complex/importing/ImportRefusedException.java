package kr.co.saenal.sandan.complex.importing;

import java.util.List;
import kr.co.saenal.sandan.platform.Refusal;

/** An import, undo or mapping refused for a reason the editor can act on; nothing was changed. */
public class ImportRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    /** Why; each is a problem type ({@code import-nothing-to-undo} …) with its texts in complex/Texts. */
    public enum Reason {
        NOTHING_TO_UNDO("import-nothing-to-undo", Kind.CONFLICT),
        CHANGED_MEANWHILE("import-changed-meanwhile", Kind.CONFLICT),
        UNKNOWN_COMPLEX("import-unknown-complex", Kind.NOT_FOUND),
        MATCH_NOT_IN_WORKBOOK("import-match-not-in-workbook", Kind.UNPROCESSABLE),
        MATCH_TAKEN("import-match-taken", Kind.CONFLICT),
        MATCH_NEEDS_STATISTICS("import-match-needs-statistics", Kind.UNPROCESSABLE),
        SHORT_NAME_INVALID("import-short-name-invalid", Kind.UNPROCESSABLE),
        UNKNOWN_SHORT_NAME("import-unknown-short-name", Kind.NOT_FOUND),
        COMPLEX_IN_USE("import-complex-in-use", Kind.CONFLICT);

        private final String problemType;
        private final Kind kind;

        Reason(String problemType, Kind kind) {
            this.problemType = problemType;
            this.kind = kind;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    public ImportRefusedException(Reason reason, Object... arguments) {
        super("Import refused: " + reason + " " + List.of(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return reason.kind;
    }

    @Override
    public String problemType() {
        return reason.problemType;
    }

    @Override
    public List<Object> detailArguments() {
        return arguments;
    }
}
