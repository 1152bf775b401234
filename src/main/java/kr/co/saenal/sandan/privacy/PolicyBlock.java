package kr.co.saenal.sandan.privacy;

/**
 * One block of a policy's text as the page shows it.
 *
 * @param kind what it is
 * @param html for headings, paragraphs and lists: safe HTML (escaped text, {@code <code>}, {@code <li>}); empty for
 *     the blocks the page fills in itself
 * @param anchor a heading's id ({@code comments} from {@code ### 댓글 {#comments}}), or empty
 */
public record PolicyBlock(Kind kind, String html, String anchor) {

    public enum Kind {
        HEADING,
        SUBHEADING,
        PARAGRAPH,
        LIST,
        /** {@code [[동의안내]]}: the consent notice the forms show now. */
        CONSENT_NOTICE,
        /** {@code [[보유기간]]}: the consent notice's retention period. */
        RETENTION,
        /** {@code [[처리위탁]]}: the processors from the settings (§26). */
        PROCESSORS,
        /** {@code [[보호책임자]]}: the privacy officer from the settings (§31). */
        OFFICER
    }

    /** For EL pages: {@code block.kindName eq 'PARAGRAPH'}. */
    public String getKindName() {
        return kind.name();
    }
}
