package kr.co.saenal.sandan.platform;

import java.util.List;

/**
 * A request refused for a reason the client can act on: the thing asked about does not exist, or the change
 * conflicts with its state. Exceptions of the features implement it; the API answers them as problems (RFC 9457)
 * without knowing the feature, and pages show the same text.
 */
public interface Refusal {

    /** What kind of refusal it is; the API turns it into a status code. */
    enum Kind {
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }

    Kind kind();

    /** The problem's name: the last part of its type URI, and the key of its title and detail in the texts. */
    String problemType();

    /** Values for the placeholders of the detail text ({@code {0}}, {@code {1}}…), in order. */
    default List<Object> detailArguments() {
        return List.of();
    }

    /**
     * What a page shows of the refusal: its detail ({@code problem.<type>.detail} of the feature's texts), else its
     * title, in the language of the request being served.
     */
    default String text() {
        String key = "problem." + problemType();
        String detail = Texts.say(getClass(), key + ".detail", detailArguments().toArray());
        return detail.isBlank() ? Texts.say(getClass(), key + ".title") : detail;
    }
}
