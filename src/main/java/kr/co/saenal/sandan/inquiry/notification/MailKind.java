package kr.co.saenal.sandan.inquiry.notification;

/** Which mail about an inquiry. */
public enum MailKind {
    /** To the staff address: a new request came in. */
    STAFF_NOTICE("담당자 알림"),
    /** To the requester: we received it. */
    ACKNOWLEDGEMENT("접수 확인");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
