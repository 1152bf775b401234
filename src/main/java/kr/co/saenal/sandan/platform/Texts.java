package kr.co.saenal.sandan.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What people read, in Korean or English: every package with texts for visitors or staff keeps them in its own
 * {@code Texts_ko.properties} and {@code Texts_en.properties}, next to its classes. Texts are
 * {@link MessageFormat} patterns ({@code {0}} for a value, {@code ''} for a quote). Korean is the site's language;
 * English only when asked for. The language of the request a thread is serving is {@link #current()} (set for
 * every HTTP request by {@code platform.web.RequestLanguage}); elsewhere (timers, startup) it is Korean.
 */
public final class Texts {

    /** The languages the site speaks; anything else is answered in Korean. */
    public static final List<Locale> SPOKEN = List.of(Locale.KOREAN, Locale.ENGLISH);

    private static final ResourceBundle.Control EXACTLY = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private Texts() {
    }

    /** The language of the request this thread is serving; Korean outside requests. */
    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.KOREAN : locale;
    }

    /** Speaks {@code locale} on this thread until the returned scope is closed (then as before). */
    public static Scope speak(Locale locale) {
        Locale before = CURRENT.get();
        CURRENT.set(spoken(locale));
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** A stretch of work in one language. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** One text of {@code owner}'s package, in the current language, with its values filled in. */
    public static String say(Class<?> owner, String key, Object... arguments) {
        return format(owner, current(), key, arguments);
    }

    /** The site's language closest to {@code locale}: English for English, Korean for everything else. */
    public static Locale spoken(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH
                : Locale.KOREAN;
    }

    /** The texts of {@code owner}'s package. */
    public static ResourceBundle of(Class<?> owner, Locale locale) {
        return ResourceBundle.getBundle(owner.getPackageName() + ".Texts", spoken(locale), owner.getClassLoader(),
                EXACTLY);
    }

    /** One text of {@code owner}'s package with its values filled in. */
    public static String format(Class<?> owner, Locale locale, String key, Object... arguments) {
        return new MessageFormat(of(owner, locale).getString(key), spoken(locale)).format(arguments);
    }
}
