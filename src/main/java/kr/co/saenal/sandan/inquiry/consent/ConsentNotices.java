package kr.co.saenal.sandan.inquiry.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The consent notice (개인정보 수집·이용 안내) and its versions. Versions are never edited: a new text becomes the
 * next version, the forms show it from the next request on, and older inquiries keep the version they agreed to.
 */
@ApplicationScoped
public class ConsentNotices {

    private static final Logger LOG = Logger.getLogger(ConsentNotices.class.getName());
    static final int MAX_LENGTH = 1000;

    @Inject
    ConsentNoticeRepository notices;

    @Inject
    Clock clock;

    /** The version the forms show now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentNotice current() {
        return notices.current();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentNotice> version(int version) {
        return notices.byVersion(version);
    }

    /** Every version, newest first, with the number of requests that agreed to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentNoticeVersion> versions() {
        return notices.versions();
    }

    /** A version in Korean only. */
    @Transactional
    public ConsentNotice publish(ConsentNoticeText text, String administrator) {
        return publish(text, null, administrator);
    }

    /**
     * Publishes the next version.
     *
     * @param english its English rendering (beside the binding Korean text under the English chrome): all four parts,
     *     or {@code null} or four empty parts for none
     * @throws RuleViolationException naming the fields (record components; English ones with the suffix {@code En})
     *     that are empty or too long
     */
    @Transactional
    public ConsentNotice publish(ConsentNoticeText text, ConsentNoticeText english, String administrator) {
        List<FieldError> errors = new ArrayList<>();
        ConsentNoticeText cleaned = new ConsentNoticeText(
                part(text.purpose(), "purpose", errors),
                part(text.items(), "items", errors),
                part(text.retention(), "retention", errors),
                part(text.rightToRefuse(), "rightToRefuse", errors));
        ConsentNoticeText cleanedEnglish = null;
        if (english != null && !blank(english)) {
            cleanedEnglish = new ConsentNoticeText(
                    englishPart(english.purpose(), "purpose", errors),
                    englishPart(english.items(), "items", errors),
                    englishPart(english.retention(), "retention", errors),
                    englishPart(english.rightToRefuse(), "rightToRefuse", errors));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ConsentNotice current = notices.current();
        if (current.text().equals(cleaned) && current.english().equals(java.util.Optional.ofNullable(cleanedEnglish))) {
            throw new RuleViolationException(
                    List.of(new FieldError(null, say("consent.unchanged", Integer.toString(current.getVersion())))));
        }
        // the unique version column refuses a second notice with the same number, should two be published at once
        ConsentNotice published = new ConsentNotice(current.getVersion() + 1, cleaned, cleanedEnglish, clock.instant());
        notices.add(published);
        LOG.info(() -> "Consent notice version " + published.getVersion() + " published by " + administrator);
        return published;
    }

    private static boolean blank(ConsentNoticeText t) {
        return java.util.stream.Stream.of(t.purpose(), t.items(), t.retention(), t.rightToRefuse())
                .allMatch(v -> v == null || v.isBlank());
    }

    /** An English part: required once any English part is given. */
    private static String englishPart(String value, String field, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field + "En", say("consent.english.missing", say("consent.part." + field))));
        } else if (stripped.length() > MAX_LENGTH) {
            errors.add(new FieldError(
                    field + "En",
                    say("consent.part.tooLong", say("consent.part." + field), Integer.toString(MAX_LENGTH))));
        }
        return stripped;
    }

    /** @param field the record component, also the part's name in the texts ({@code consent.part.*}) */
    private static String part(String value, String field, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field, say("consent.part.missing", say("consent.part." + field))));
        } else if (stripped.length() > MAX_LENGTH) {
            errors.add(new FieldError(
                    field, say("consent.part.tooLong", say("consent.part." + field), Integer.toString(MAX_LENGTH))));
        }
        return stripped;
    }

    private static String say(String key, Object... values) {
        return Texts.say(ConsentNotices.class, key, values);
    }
}
