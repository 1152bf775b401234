package kr.co.saenal.sandan.faq;

/** A published question as readers see it: the answer is safe HTML; its plain text is what search looks into. */
public record FaqEntry(
        long id,
        String question,
        String answerHtml,
        String answerText,
        String topicSlug,
        String topicName,
        String consultTopic) {

    /** The question's own anchor on the FAQ page: {@code /faq#q-12}. */
    public String getAnchor() {
        return "q-" + id;
    }

    /** The question's address: {@code /faq#q-12}. */
    public String getPath() {
        return "/faq#" + getAnchor();
    }
}
