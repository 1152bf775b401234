package kr.co.saenal.sandan.faq.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.faq.FaqEntry;
import kr.co.saenal.sandan.faq.FaqService;

/**
 * The site search's 자주 묻는 질문 section ({@code WEB-INF/templates/faq-search.xhtml} in /search): the published
 * questions that contain the words, at most {@link #SHOWN}, each linking to its place on /faq.
 */
@Named
@RequestScoped
public class FaqSearchSection {

    /** How many questions the section shows. */
    static final int SHOWN = 5;

    @Inject
    FaqService faq;

    private String searched;
    private List<FaqEntry> found = List.of();

    /** The questions found for {@code text} (searched once per request). */
    public List<FaqEntry> found(String text) {
        if (text != null && !text.equals(searched)) {
            searched = text;
            found = faq.search(text, SHOWN);
        }
        return found;
    }
}
