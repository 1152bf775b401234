package kr.co.saenal.sandan.inquiry.notification;

/** Where a mail stands: waiting (first try or a retry), out, or given up after the last attempt. */
public enum DeliveryState {
    PENDING("발송 대기"),
    SENT("발송 완료"),
    FAILED("발송 실패");

    private final String label;

    DeliveryState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
