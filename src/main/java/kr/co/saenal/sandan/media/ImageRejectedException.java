package kr.co.saenal.sandan.media;

import java.util.List;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/**
 * The library refused an upload or a change; each {@link FieldError} says why in Korean ({@code file},
 * {@code altText}, {@code caption} or {@code image}). Nothing was stored or changed.
 */
public class ImageRejectedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public ImageRejectedException(List<FieldError> errors) {
        super(errors);
    }

    public ImageRejectedException(String field, String koreanMessage) {
        this(List.of(new FieldError(field, koreanMessage)));
    }

    /** Every reason, in Korean, for people to read. */
    public String koreanMessage() {
        return errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
    }
}
