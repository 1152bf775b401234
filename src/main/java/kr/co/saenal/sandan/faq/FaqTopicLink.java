package kr.co.saenal.sandan.faq;

/**
 * A topic that has published questions, as a link to its group on the FAQ page ({@code /faq#topic-slug}), with the
 * consultation form's 분야 it answers ({@code null} for none).
 */
public record FaqTopicLink(String slug, String name, String consultTopic, long questions) {

    public String getPath() {
        return "/faq#topic-" + slug;
    }
}
