package kr.co.saenal.sandan.media;

import java.util.List;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/**
 * The library refused an upload or a change; each {@link FieldError} says why ({@code file}, {@code altText},
 * {@code caption} or {@code image}) in the language of the request, Korean unless it asks for English. Nothing was
 * stored or changed.
 */
public class ImageRejectedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public ImageRejectedException(List<FieldError> errors) {
        super(errors);
    }

    public ImageRejectedException(String field, String koreanMessage) {
        this(List.of(new FieldError(field, koreanMessage)));
    }

    /** Every reason, for people to read (in Korean unless the request asked for English). */
    public String koreanMessage() {
        return errors().stream().map(FieldError::message).collect(Collectors.joining(" "));
    }
}
