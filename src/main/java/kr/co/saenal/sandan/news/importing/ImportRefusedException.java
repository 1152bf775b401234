package kr.co.saenal.sandan.news.importing;

import java.util.List;
import kr.co.saenal.sandan.platform.Refusal;

/** A file that cannot be imported, and why (in the language of the request); nothing was written. */
public class ImportRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient List<Object> arguments;

    public ImportRefusedException(String reason, Object... arguments) {
        super("Import refused: " + reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String problemType() {
        return "import-" + reason;
    }

    @Override
    public List<Object> detailArguments() {
        return arguments;
    }
}
