package kr.co.saenal.sandan.news;

public enum PostStatus {
    DRAFT("임시저장"),
    PUBLISHED("게시");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
