package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/** Reads and changes the {@link BusinessDetails}; like the other settings, read from the rows on every request. */
@ApplicationScoped
public class BusinessDetailsService {

    private static final Logger LOG = Logger.getLogger(BusinessDetailsService.class.getName());

    @Inject
    SettingRepository rows;

    @Transactional(Transactional.TxType.SUPPORTS)
    public BusinessDetails current() {
        return BusinessDetails.from(rows.withPrefix("company."));
    }

    /**
     * Stores the three details at once, or none: each broken rule is a {@link FieldError} named after the record
     * component. The registration number is stored hyphenated.
     */
    @Transactional
    public BusinessDetails change(BusinessDetails edited, String administrator) {
        BusinessDetails cleaned = check(edited);
        rows.put(cleaned.values());
        LOG.info(() -> "Business details changed by " + administrator);
        return cleaned;
    }

    static BusinessDetails check(BusinessDetails b) {
        List<FieldError> errors = new ArrayList<>();
        String representative = text(b.representative(), "representative", 60, errors);
        String number = text(b.registrationNumber(), "registrationNumber", 20, errors);
        if (!number.isEmpty()) {
            var parsed = BusinessRegistrationNumber.parse(number);
            if (parsed.isEmpty()) {
                errors.add(new FieldError(
                        "registrationNumber",
                        number.replaceAll("[\\s-]", "").matches("\\d{10}")
                                ? say("registrationNumber.checkDigit")
                                : say("registrationNumber.invalid")));
            } else {
                number = parsed.get().value();
            }
        }
        String address = text(b.address(), "address", 200, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new BusinessDetails(representative, number, address);
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field, say("required", say("field." + field))));
        } else if (stripped.length() > max) {
            errors.add(new FieldError(field, say("tooLong", say("field." + field), max)));
        }
        return stripped;
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(BusinessDetailsService.class, "businessDetailsService." + key, arguments);
    }
}
