package kr.co.saenal.sandan.inquiry;

import kr.co.saenal.sandan.platform.Refusal;

public class InquiryNotFoundException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public InquiryNotFoundException(long id) {
        super("No inquiry " + id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String problemType() {
        return "not-found";
    }
}
