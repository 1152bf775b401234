package kr.co.saenal.sandan.security;

/** What a member of staff did with personal data. */
public enum AccessAction {
    VIEW("열람"),
    UPDATE("수정"),
    EXPORT("다운로드"),
    DESTROY("파기");

    private final String label;

    AccessAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
