package kr.co.saenal.sandan.faq.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import kr.co.saenal.sandan.faq.FaqService;
import kr.co.saenal.sandan.faq.FaqTopicLink;

/**
 * The FAQ topics beside the consultation form ({@code WEB-INF/templates/faq-consult-links.xhtml} in /consult): the
 * topics mapped to a 분야 of the form. Without script every mapped topic shows (only the chosen 분야's when the form
 * came back with an error); {@code faq-links.js} shows those of the 분야 the visitor chooses.
 */
@Named
@RequestScoped
public class ConsultFaqLinks {

    @Inject
    FaqService faq;

    private List<FaqTopicLink> mapped;

    @PostConstruct
    void load() {
        mapped = faq.topicLinks().stream().filter(t -> t.consultTopic() != null).toList();
    }

    /** Every topic mapped to a 분야, in the FAQ's order. */
    public List<FaqTopicLink> getTopics() {
        return mapped;
    }

    /**
     * Whether a topic's link shows for the 분야 chosen on the form (an enum constant or its name; {@code null} or
     * blank: none chosen, every link shows). The others are rendered hidden, for the script to show again.
     */
    public boolean shown(FaqTopicLink topic, Object chosen) {
        if (chosen == null || chosen.toString().isBlank()) {
            return true;
        }
        String name = chosen instanceof Enum<?> constant ? constant.name() : chosen.toString();
        return Objects.equals(topic.consultTopic(), name);
    }

    public boolean isAny() {
        return !mapped.isEmpty();
    }
}
