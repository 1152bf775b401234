package kr.co.saenal.sandan.comment;

/** Where a comment stands: waiting for review, shown under the article, or refused by an editor. */
public enum CommentState {
    PENDING("검토 대기"),
    APPROVED("게시"),
    REJECTED("거절");

    private final String label;

    CommentState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
