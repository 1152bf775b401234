package kr.co.saenal.sandan.platform;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages ({@code ValidationMessages_ko/_en.properties}) in the language of the request being
 * served ({@link Texts#current()}), not in the server's default locale. Named in {@code META-INF/validation.xml}.
 */
public class SpokenMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator standard =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return standard.interpolate(messageTemplate, context, Texts.current());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return standard.interpolate(messageTemplate, context, Texts.spoken(locale));
    }
}
