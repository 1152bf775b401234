package kr.co.saenal.sandan.platform;

import java.util.List;

/** Input broke one or more rules; each {@link FieldError} says which field and why. Nothing was changed. */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public RuleViolationException(List<FieldError> errors) {
        super("Rejected: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
