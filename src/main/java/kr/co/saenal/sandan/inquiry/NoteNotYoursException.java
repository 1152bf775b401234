package kr.co.saenal.sandan.inquiry;

import kr.co.saenal.sandan.platform.Refusal;

/** A note is edited only by whoever wrote it: a request's history says who said what. */
public class NoteNotYoursException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public NoteNotYoursException(long noteId) {
        super("Note " + noteId + " was written by someone else");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String problemType() {
        return "note-not-yours";
    }
}
