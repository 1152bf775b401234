package kr.co.saenal.sandan.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What people read, in Korean or English: every feature ({@code news}, {@code inquiry}… and {@code platform}) keeps
 * the texts of all its packages in its own {@code Texts_ko.properties} and {@code Texts_en.properties}, in the
 * feature's package (keys start with the sub-package or class they belong to). Texts are {@link MessageFormat}
 * patterns ({@code {0}} for a value, {@code ''} for a quote; a number is written the language's way, 10,000, so an
 * identifier or a limit shown as typed is passed as text). Korean is the site's language; English only when asked
 * for. The language of the request a thread is serving is {@link #current()} (set for every HTTP request by
 * {@code platform.web.RequestLanguage}); elsewhere (timers, startup) it is Korean.
 */
public final class Texts {

    /** The languages the site speaks; anything else is answered in Korean. */
    public static final List<Locale> SPOKEN = List.of(Locale.KOREAN, Locale.ENGLISH);

    private static final ResourceBundle.Control EXACTLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private Texts() {}

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

    /** One text of {@code owner}'s feature, in the current language, with its values filled in. */
    public static String say(Class<?> owner, String key, Object... arguments) {
        return format(owner, current(), key, arguments);
    }

    /** The site's language closest to {@code locale}: English for English, Korean for everything else. */
    public static Locale spoken(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH
                : Locale.KOREAN;
    }

    /** The texts of {@code owner}'s feature. */
    public static ResourceBundle of(Class<?> owner, Locale locale) {
        return ResourceBundle.getBundle(feature(owner) + ".Texts", spoken(locale), owner.getClassLoader(), EXACTLY);
    }

    /** {@code kr.co.saenal.sandan.inquiry} for {@code kr.co.saenal.sandan.inquiry.admin.InquiryView}. */
    static String feature(Class<?> owner) {
        String root = Texts.class
                .getPackageName()
                .substring(0, Texts.class.getPackageName().lastIndexOf('.'));
        String name = owner.getPackageName();
        if (!name.startsWith(root + ".")) {
            return name;
        }
        int dot = name.indexOf('.', root.length() + 1);
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** One text of {@code owner}'s feature with its values filled in. */
    public static String format(Class<?> owner, Locale locale, String key, Object... arguments) {
        return new MessageFormat(of(owner, locale).getString(key), spoken(locale)).format(arguments);
    }
}
