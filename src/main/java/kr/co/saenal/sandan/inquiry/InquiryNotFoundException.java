package kr.co.saenal.sandan.inquiry;

public class InquiryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InquiryNotFoundException(long id) {
        super("No inquiry " + id);
    }
}
