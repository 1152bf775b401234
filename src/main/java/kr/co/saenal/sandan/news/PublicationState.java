package kr.co.saenal.sandan.news;

/** Where a post stands for readers at a given moment (a scheduled post is published with a future time). */
public enum PublicationState {
    DRAFT("임시저장"),
    SCHEDULED("예약"),
    PUBLISHED("게시");

    private final String label;

    PublicationState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
