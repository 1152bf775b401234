package kr.co.saenal.sandan.news;

import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** No category has the slug a reader or client asked for; the refusal names it (field {@code category}). */
public class UnknownCategoryException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public UnknownCategoryException(String slug) {
        super(List.of(new FieldError(
                "category",
                Texts.say(
                        UnknownCategoryException.class,
                        "unknownCategoryException.message",
                        slug.length() > 40 ? slug.substring(0, 40) + "…" : slug))));
    }
}
