package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.ServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values a page writes that must differ for every reader: a form's signed stamp, a submission key. A page marks
 * each one as it writes it, with a way to make a fresh one; {@link PageCache} then keeps the page cut at those
 * values and fills fresh ones into every answer, so one render serves many readers without two of them sharing a
 * stamp or a key. The way must not depend on the request it was marked in: it runs in later requests.
 */
public final class PerAnswer {

    private static final String ATTRIBUTE = PerAnswer.class.getName();

    private PerAnswer() {}

    /**
     * @param rendered the value as written into the page (at least 16 characters, so that it cannot be mistaken
     *                 for other text)
     * @param fresh    makes the value for another answer
     */
    public static void mark(ServletRequest request, String rendered, Supplier<String> fresh) {
        if (rendered == null || rendered.length() < 16) {
            throw new IllegalArgumentException("Too short to be found again in a page: " + rendered);
        }
        marked(request).putIfAbsent(rendered, fresh);
    }

    /** The values marked while the request's page was written, in the order they were marked. */
    static Map<String, Supplier<String>> of(ServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> marked = (Map<String, Supplier<String>>) request.getAttribute(ATTRIBUTE);
        return marked == null ? Map.of() : marked;
    }

    private static Map<String, Supplier<String>> marked(ServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, Supplier<String>> marked = (Map<String, Supplier<String>>) request.getAttribute(ATTRIBUTE);
        if (marked == null) {
            marked = new LinkedHashMap<>();
            request.setAttribute(ATTRIBUTE, marked);
        }
        return marked;
    }
}
