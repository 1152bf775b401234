package kr.co.saenal.sandan.news;

import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

public class UnknownCategoryException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public UnknownCategoryException(String slug) {
        super(List.of(new FieldError("category", "없는 분류입니다: " + (slug.length() > 40 ? slug.substring(0, 40) + "…" : slug))));
    }
}
