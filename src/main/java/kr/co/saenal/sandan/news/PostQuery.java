package kr.co.saenal.sandan.news;

/**
 * What the back-office news table asks for: optional filters and one sort order.
 *
 * @param state {@code null} for every state
 * @param categoryId {@code null} for every category
 * @param text words the title contains, or {@code null}
 */
public record PostQuery(PublicationState state, Long categoryId, String text, Sort sort, boolean ascending) {

    /** The columns the table may be sorted by; nothing from the client reaches the query text. */
    public enum Sort {
        UPDATED("p.updatedAt"),
        PUBLISHED("p.publishedAt"),
        TITLE("p.title"),
        VIEWS(NewsRepository.VIEWS),
        ID("p.id");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public static PostQuery newestFirst() {
        return new PostQuery(null, null, null, Sort.UPDATED, false);
    }

    String searchPattern() {
        String escaped = text.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
