package kr.co.saenal.sandan.news;

import java.util.List;
import kr.co.saenal.sandan.platform.Texts;

/**
 * An attachment that may not be stored: too large, an executable, a macro-enabled or encrypted file, a name that
 * does not fit its content, or a kind the site does not take. Nothing of it has been stored.
 */
public class AttachmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the last part of the text's key ({@code attachment.refused.<reason>}). */
    public enum Reason {
        TOO_LARGE("tooLarge"),
        EMPTY("empty"),
        EXECUTABLE("executable"),
        MACRO("macro"),
        ENCRYPTED("encrypted"),
        MISMATCH("mismatch"),
        UNSUPPORTED("unsupported"),
        TOO_MANY("tooMany");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    public AttachmentRefusedException(Reason reason, Object... arguments) {
        super("Attachment refused: " + reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The refusal as the editor reads it, in the language of the request. */
    public String text() {
        return Texts.say(AttachmentRefusedException.class, "attachment.refused." + reason.key, arguments.toArray());
    }
}
