package kr.co.saenal.sandan.complex.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The directory's texts for its pages ({@code #{directoryTexts['web.directory.title']}}), in the language of the
 * request: the complex feature's own bundle, so the words of the pages sit beside those of the figures.
 */
@ApplicationScoped
public class DirectoryTexts {

    @Produces
    @Named("directoryTexts")
    ResourceBundle texts() {
        return Texts.of(ComplexDirectory.class, Texts.current());
    }

    /** One text with its values filled in, in the request's language. */
    static String say(String key, Object... arguments) {
        return Texts.say(ComplexDirectory.class, key, arguments);
    }
}
