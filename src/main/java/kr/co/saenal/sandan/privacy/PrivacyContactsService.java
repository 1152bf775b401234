package kr.co.saenal.sandan.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/** Reads and changes the {@link PrivacyContacts}; read from the rows on every request, like every setting. */
@ApplicationScoped
public class PrivacyContactsService {

    private static final Logger LOG = Logger.getLogger(PrivacyContactsService.class.getName());
    static final int MAX_PROCESSORS_LENGTH = 2000;

    @Inject
    SettingRepository rows;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PrivacyContacts current() {
        return PrivacyContacts.from(rows.withPrefix(PrivacyContacts.PREFIX));
    }

    /** All at once or nothing; each broken rule a {@link FieldError} named after the record component. */
    @Transactional
    public PrivacyContacts change(PrivacyContacts edited, String administrator) {
        PrivacyContacts cleaned = check(edited);
        rows.put(cleaned.values());
        LOG.info(() -> "Privacy officer and processors changed by " + administrator);
        return cleaned;
    }

    static PrivacyContacts check(PrivacyContacts c) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(c.officerName(), "officerName", 60, errors);
        String department = text(c.officerDepartment(), "officerDepartment", 100, errors);
        String phone = text(c.officerPhone(), "officerPhone", 30, errors);
        if (!phone.isEmpty()) {
            var parsed = PhoneNumber.parse(phone);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("officerPhone", say("officerPhone.invalid")));
            } else {
                phone = parsed.get().value();
            }
        }
        String email = text(c.officerEmail(), "officerEmail", 254, errors);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("officerEmail", say("officerEmail.invalid")));
        }
        String processors = text(
                c.processors() == null ? "" : c.processors().replace("\r\n", "\n"),
                "processors",
                MAX_PROCESSORS_LENGTH,
                errors);
        List<String> lines =
                processors.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                errors.add(new FieldError("processors", say("processors.line", i + 1, lines.get(i))));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new PrivacyContacts(
                name,
                department,
                phone,
                email,
                String.join(
                        "\n",
                        lines.stream()
                                .map(l -> {
                                    String[] parts = l.split("\\|", -1);
                                    return parts[0].strip() + " | " + parts[1].strip();
                                })
                                .toList()));
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field, say("required." + field)));
        } else if (stripped.length() > max) {
            errors.add(new FieldError(field, say("tooLong." + field, max)));
        }
        return stripped;
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(PrivacyContactsService.class, "privacyContacts." + key, arguments);
    }
}
