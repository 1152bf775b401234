package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Reads and changes the site settings. Nothing is cached: every request reads the rows ({@code #{site}} once per
 * request), so a change shows on every page and every cluster node at once.
 */
@ApplicationScoped
public class SiteSettingsService {

    private static final Logger LOG = Logger.getLogger(SiteSettingsService.class.getName());

    @Inject
    SettingRepository rows;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSettings current() {
        return SiteSettings.from(rows.all());
    }

    /**
     * The company's details, its {@link BusinessDetails} (the footer's) and the {@link WebmasterSettings} from one
     * read of the rows: every page shows all three, and a page rendered asks the database once for them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot snapshot() {
        java.util.Map<String, String> all = rows.all();
        return new Snapshot(SiteSettings.from(all), WebmasterSettings.from(all), BusinessDetails.from(all));
    }

    /** Everything a page takes from the settings. */
    public record Snapshot(SiteSettings settings, WebmasterSettings webmaster, BusinessDetails business) {}

    /**
     * Stores all settings at once, or none: each broken rule is a {@link FieldError} named after the record
     * component. The phone number is stored in its usual hyphenated form.
     */
    @Transactional
    public SiteSettings change(SiteSettings edited, String administrator) {
        SiteSettings cleaned = check(edited);
        rows.put(cleaned.values());
        LOG.info(() -> "Site settings changed by " + administrator);
        return cleaned;
    }

    static SiteSettings check(SiteSettings s) {
        List<FieldError> errors = new ArrayList<>();
        String companyName = text(s.companyName(), "companyName", 60, true, errors);
        String companyNameLatin = text(s.companyNameLatin(), "companyNameLatin", 60, true, errors);
        String phone = text(s.phone(), "phone", 30, true, errors);
        if (!phone.isEmpty() && PhoneNumber.parse(phone).isEmpty()) {
            errors.add(new FieldError("phone", say("phone.invalid")));
        } else if (!phone.isEmpty()) {
            phone = PhoneNumber.parse(phone).orElseThrow().value();
        }
        String hours = text(s.hours(), "hours", 200, true, errors);
        String email = text(s.email(), "email", 254, true, errors);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", say("email.invalid")));
        }
        String kakao = text(s.kakaoOpenChatUrl(), "kakaoOpenChatUrl", 300, true, errors);
        if (!kakao.isEmpty() && !isKakaoOpenChat(kakao)) {
            errors.add(new FieldError("kakaoOpenChatUrl", say("kakaoOpenChatUrl.invalid")));
        }
        String tagline = text(s.tagline(), "tagline", 300, false, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new SiteSettings(companyName, companyNameLatin, phone, hours, email, kakao, tagline);
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            errors.add(new FieldError(field, say("required", say("field." + field))));
        } else if (stripped.length() > max) {
            errors.add(new FieldError(field, say("tooLong", say("field." + field), max)));
        }
        return stripped;
    }

    /** A refusal in the language of the request being served. */
    private static String say(String key, Object... arguments) {
        return Texts.say(SiteSettingsService.class, "siteSettingsService." + key, arguments);
    }

    /** https on open.kakao.com, with a path to the chat room; no other host, port or credentials. */
    static boolean isKakaoOpenChat(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme())
                    && "open.kakao.com".equalsIgnoreCase(uri.getHost())
                    && uri.getPort() == -1
                    && uri.getRawUserInfo() == null
                    && uri.getRawPath() != null
                    && uri.getRawPath().length() > 1;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
