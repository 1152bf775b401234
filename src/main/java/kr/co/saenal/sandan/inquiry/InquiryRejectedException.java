package kr.co.saenal.sandan.inquiry;

import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/** A consultation request broke one or more rules; nothing was stored. */
public class InquiryRejectedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public InquiryRejectedException(List<FieldError> errors) {
        super(errors);
    }
}
