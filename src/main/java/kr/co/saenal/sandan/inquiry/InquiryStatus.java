package kr.co.saenal.sandan.inquiry;

/** Where a consultation request stands in the consultants' workflow. */
public enum InquiryStatus {
    RECEIVED("접수"),
    IN_PROGRESS("상담중"),
    DONE("완료"),
    ON_HOLD("보류");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
