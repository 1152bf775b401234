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

    /** The moves the workflow allows; staying in the same state is always allowed. */
    public boolean canMoveTo(InquiryStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case RECEIVED -> next == IN_PROGRESS || next == ON_HOLD;
            case IN_PROGRESS -> next == DONE || next == ON_HOLD;
            case ON_HOLD -> next == RECEIVED || next == IN_PROGRESS;
            case DONE -> next == IN_PROGRESS;
        };
    }

    public String getLabel() {
        return label;
    }

    public String label() {
        return label;
    }
}
