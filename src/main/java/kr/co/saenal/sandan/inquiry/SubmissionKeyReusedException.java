package kr.co.saenal.sandan.inquiry;

import kr.co.saenal.sandan.platform.Refusal;

/** A submission key that came back with a different request: refused, so that nothing is mixed up. */
public class SubmissionKeyReusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public SubmissionKeyReusedException(String key) {
        super("Submission key used before for a different request");
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String problemType() {
        return "idempotency-key-reused";
    }
}
