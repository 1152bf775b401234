package kr.co.saenal.sandan.inquiry;

/** When the requester would like to be called back (희망 상담 시간). */
public enum ContactTime {
    ANYTIME("언제든 괜찮아요"),
    WEEKDAY_MORNING("평일 오전 (9시~12시)"),
    WEEKDAY_AFTERNOON("평일 오후 (13시~18시)"),
    WEEKDAY_EVENING("평일 저녁 (18시 이후)");

    private final String label;

    ContactTime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
