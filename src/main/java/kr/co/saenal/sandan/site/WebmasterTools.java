package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Reads and changes the {@link WebmasterSettings}. Each value is checked for its own form, so that nothing but a
 * token or an id can reach a page: a pasted {@code <meta …>} tag or script is refused with a word on what to paste.
 */
@ApplicationScoped
public class WebmasterTools {

    private static final Logger LOG = Logger.getLogger(WebmasterTools.class.getName());

    /** Verification tokens: letters, digits, {@code -} and {@code _} (Naver's are hex, Google's base64url). */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{10,100}");
    /** A Google Analytics 4 measurement id: {@code G-} and letters and digits. */
    static final Pattern GA4 = Pattern.compile("G-[A-Z0-9]{4,16}");
    /** A Naver Analytics site id (hex, newer ones with an {@code s_} prefix). */
    static final Pattern NAVER_ANALYTICS = Pattern.compile("(s_)?[a-z0-9]{6,30}");

    @Inject
    SettingRepository rows;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebmasterSettings current() {
        return WebmasterSettings.from(rows.withPrefix("webmaster."));
    }

    /** Stores all four at once, or none: each broken rule is a {@link FieldError} named after the record component. */
    @Transactional
    public WebmasterSettings change(WebmasterSettings edited, String administrator) {
        WebmasterSettings checked = check(edited);
        rows.put(checked.values());
        LOG.info(() -> "Verification and analytics settings changed by " + administrator);
        return checked;
    }

    static WebmasterSettings check(WebmasterSettings s) {
        List<FieldError> errors = new ArrayList<>();
        String naver = value(s.naverSiteVerification(), "naverSiteVerification", TOKEN, errors);
        String google = value(s.googleSiteVerification(), "googleSiteVerification", TOKEN, errors);
        String naverAnalytics = value(s.naverAnalyticsId(), "naverAnalyticsId", NAVER_ANALYTICS, errors);
        String googleAnalytics = value(s.googleAnalyticsId(), "googleAnalyticsId", GA4, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new WebmasterSettings(naver, google, naverAnalytics, googleAnalytics);
    }

    private static String value(String value, String field, Pattern form, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        if (stripped.contains("<") || stripped.contains(">") || stripped.contains("\"")) {
            errors.add(new FieldError(field, say("markup", say("field." + field))));
        } else if (!form.matcher(stripped).matches()) {
            errors.add(new FieldError(field, say("invalid." + field)));
        }
        return stripped;
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(WebmasterTools.class, "webmasterTools." + key, arguments);
    }
}
