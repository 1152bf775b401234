package kr.co.saenal.sandan.inquiry;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters (line breaks and tabs only where {@link #multiline()}),
 * no direction overrides that make a name read differently on the staff's screen, no broken surrogate pairs or
 * noncharacters (which the database cannot store as UTF-8). {@code null} is left to other constraints.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    boolean multiline() default false;

    String message() default "{sandan.text.invisible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || !allowed(c)) {
                    return false;
                }
            }
            return true;
        }

        private boolean allowed(char c) {
            if (c == '\n' || c == '\r' || c == '\t') {
                return multiline;
            }
            return !Character.isISOControl(c)
                    && !(c >= '\u202A' && c <= '\u202E')
                    && !(c >= '\u2066' && c <= '\u2069')
                    && c != '\uFFFE'
                    && c != '\uFFFF';
        }
    }
}
