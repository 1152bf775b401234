package kr.co.saenal.sandan.faq.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import kr.co.saenal.sandan.faq.FaqEntry;
import kr.co.saenal.sandan.faq.FaqSection;
import kr.co.saenal.sandan.faq.FaqService;
import kr.co.saenal.sandan.platform.Jsons;

/**
 * /faq: the published questions by topic, each a {@code details} element that opens without script, and the
 * page's {@code FAQPage} structured data (schema.org: each {@code Question} with its {@code acceptedAnswer}).
 */
@Named
@RequestScoped
public class FaqPage {

    @Inject
    FaqService faq;

    private List<FaqSection> sections;

    @PostConstruct
    void load() {
        sections = faq.sections();
    }

    public List<FaqSection> getSections() {
        return sections;
    }

    /** The {@code FAQPage} JSON-LD of the published questions, safe inside a script element. */
    public String getJsonLd() {
        return scriptText(faqPage(sections));
    }

    static JsonObject faqPage(List<FaqSection> sections) {
        JsonArrayBuilder questions = Jsons.PROVIDER.createArrayBuilder();
        for (FaqSection section : sections) {
            for (FaqEntry entry : section.entries()) {
                questions.add(Jsons.PROVIDER
                        .createObjectBuilder()
                        .add("@type", "Question")
                        .add("name", entry.question())
                        .add(
                                "acceptedAnswer",
                                Jsons.PROVIDER
                                        .createObjectBuilder()
                                        .add("@type", "Answer")
                                        .add("text", entry.answerHtml())));
            }
        }
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "FAQPage")
                .add("inLanguage", "ko-KR")
                .add("mainEntity", questions)
                .build();
    }

    /** JSON that cannot end its script element early ({@code </script>} in an answer stays text). */
    static String scriptText(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
