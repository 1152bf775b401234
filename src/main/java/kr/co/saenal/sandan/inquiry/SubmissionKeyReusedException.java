package kr.co.saenal.sandan.inquiry;

/** A submission key that came back with a different request: refused, so that nothing is mixed up. */
public class SubmissionKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubmissionKeyReusedException(String key) {
        super("Submission key used before for a different request");
    }
}
