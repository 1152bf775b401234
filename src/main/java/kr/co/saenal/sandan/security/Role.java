package kr.co.saenal.sandan.security;

/** What a staff member may do in the back office. */
public enum Role {
    /** Everything, including users and site settings. */
    ADMIN("관리자"),
    /** News, categories and images. */
    EDITOR("편집자"),
    /** Consultation requests. */
    CONSULTANT("상담원");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
