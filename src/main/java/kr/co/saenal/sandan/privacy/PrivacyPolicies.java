package kr.co.saenal.sandan.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The privacy policy's versions (개인정보 보호법 §30). A version is a draft (no date), scheduled (its date to come),
 * in force (the newest whose date has come: highest date, then highest number) or superseded. Nothing needs to run
 * when a date comes: every read asks which dates have come in Korea today. Drafts and scheduled versions may change
 * or be discarded; a version in force or past never changes: a correction is a new version.
 */
@ApplicationScoped
public class PrivacyPolicies {

    private static final Logger LOG = Logger.getLogger(PrivacyPolicies.class.getName());

    @Inject
    PrivacyPolicyRepository policies;

    @Inject
    Clock clock;

    /** Today in Korea: the day effective dates are compared with. */
    public LocalDate today() {
        return KoreanTime.today(clock.instant());
    }

    /** The version in force with its text; empty only in a database without any version in effect. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyDocument> inForce() {
        List<PrivacyPolicy> effective = policies.inEffectBy(today());
        return effective.isEmpty() ? Optional.empty() : Optional.of(document(effective, 0));
    }

    /** A version readers may see (in force or superseded); empty for drafts, scheduled and unknown versions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyDocument> published(int version) {
        List<PrivacyPolicy> effective = policies.inEffectBy(today());
        for (int i = 0; i < effective.size(); i++) {
            if (effective.get(i).getVersion() == version) {
                return Optional.of(document(effective, i));
            }
        }
        return Optional.empty();
    }

    /** The versions readers may see, the one in force first, then each earlier one with the days it was in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyVersion> published() {
        List<PrivacyPolicy> effective = policies.inEffectBy(today());
        List<PolicyVersion> list = new ArrayList<>();
        for (int i = 0; i < effective.size(); i++) {
            list.add(view(effective, i));
        }
        return list;
    }

    /** Every version for the back office, highest number first, with its status today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyVersion> all() {
        LocalDate today = today();
        List<PrivacyPolicy> effective = policies.inEffectBy(today);
        Map<Integer, PolicyVersion> published = new HashMap<>();
        for (int i = 0; i < effective.size(); i++) {
            published.put(effective.get(i).getVersion(), view(effective, i));
        }
        return policies.all().stream()
                .map(p -> published.getOrDefault(
                        p.getVersion(),
                        new PolicyVersion(
                                p.getVersion(),
                                p.getEffectiveOn() == null ? PolicyStatus.DRAFT : PolicyStatus.SCHEDULED,
                                p.getEffectiveOn(),
                                null,
                                p.getChangedAt(),
                                p.getChangedBy(),
                                p.getRowVersion())))
                .toList();
    }

    /** Any version with its text and status, for the back office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyDocument> version(int version) {
        return policies.byVersion(version)
                .map(p -> new PolicyDocument(
                        all().stream()
                                .filter(v -> v.version() == version)
                                .findFirst()
                                .orElseThrow(),
                        p.getBody()));
    }

    /** A new draft, its text copied from the newest version, numbered after the highest. */
    @Transactional
    public PolicyVersion startDraft(String administrator) {
        List<PrivacyPolicy> all = policies.all();
        String body = all.isEmpty() ? "" : all.get(0).getBody();
        PrivacyPolicy draft = new PrivacyPolicy(policies.highestVersion() + 1, body, clock.instant(), administrator);
        policies.add(draft);
        LOG.info(() -> "Privacy policy version " + draft.getVersion() + " started by " + administrator);
        return new PolicyVersion(
                draft.getVersion(), PolicyStatus.DRAFT, null, null, draft.getChangedAt(), administrator, 0);
    }

    /**
     * Changes a draft or scheduled version: its text and effective date ({@code null} keeps it a draft).
     *
     * @param rowVersion the row version the editor started from; a save over someone else's newer one is refused
     * @throws RuleViolationException with every broken rule ({@code body}, {@code effectiveOn}), or a message without
     *     field when the version is in force or past, gone, or changed by someone else meanwhile
     */
    @Transactional
    public PolicyVersion revise(int version, String body, LocalDate effectiveOn, int rowVersion, String administrator) {
        LocalDate today = today();
        PrivacyPolicy policy = policies.byVersionForUpdate(version)
                .orElseThrow(() -> refusal(null, "gone", Integer.toString(version)));
        if (!policy.editable(today)) {
            throw refusal(null, "inForce", Integer.toString(version));
        }
        if (policy.getRowVersion() != rowVersion) {
            throw refusal(null, "changedMeanwhile", Integer.toString(version), policy.getChangedBy());
        }
        List<FieldError> errors = new ArrayList<>();
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("body", say("body.required")));
        } else if (text.length() > PolicyText.MAX_LENGTH) {
            errors.add(new FieldError("body", say("body.tooLong", Integer.toString(PolicyText.MAX_LENGTH))));
        } else {
            PolicyText.problems(text)
                    .forEach(problem -> errors.add(new FieldError("body", say("body." + problem[0], problem[1]))));
        }
        if (effectiveOn != null) {
            List<PrivacyPolicy> effective = policies.inEffectBy(today);
            if (effectiveOn.isBefore(today)) {
                errors.add(new FieldError("effectiveOn", say("effectiveOn.past", KoreanTime.date(start(today)))));
            } else if (!effective.isEmpty()
                    && !effectiveOn.isAfter(effective.get(0).getEffectiveOn())) {
                errors.add(new FieldError(
                        "effectiveOn",
                        say(
                                "effectiveOn.notAfterInForce",
                                Integer.toString(effective.get(0).getVersion()),
                                KoreanTime.date(start(effective.get(0).getEffectiveOn())))));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        policy.revise(text, effectiveOn, today, clock.instant(), administrator);
        LOG.info(() -> "Privacy policy version " + version + " saved by " + administrator
                + (effectiveOn == null ? " as a draft" : ", effective " + effectiveOn));
        return all().stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    /** Throws a draft or scheduled version away. */
    @Transactional
    public void discard(int version, String administrator) {
        PrivacyPolicy policy = policies.byVersionForUpdate(version)
                .orElseThrow(() -> refusal(null, "gone", Integer.toString(version)));
        if (!policy.editable(today())) {
            throw refusal(null, "inForce", Integer.toString(version));
        }
        policies.remove(policy);
        LOG.info(() -> "Privacy policy version " + version + " discarded by " + administrator);
    }

    /** The first instant of a day in Korea, for the worded date. */
    public static Instant start(LocalDate day) {
        return day.atStartOfDay(KoreanTime.ZONE).toInstant();
    }

    private PolicyDocument document(List<PrivacyPolicy> effective, int index) {
        return new PolicyDocument(view(effective, index), effective.get(index).getBody());
    }

    /** @param effective the versions in effect, the one in force first */
    private static PolicyVersion view(List<PrivacyPolicy> effective, int index) {
        PrivacyPolicy p = effective.get(index);
        LocalDate until =
                index == 0 ? null : effective.get(index - 1).getEffectiveOn().minusDays(1);
        return new PolicyVersion(
                p.getVersion(),
                index == 0 ? PolicyStatus.IN_FORCE : PolicyStatus.SUPERSEDED,
                p.getEffectiveOn(),
                until,
                p.getChangedAt(),
                p.getChangedBy(),
                p.getRowVersion());
    }

    private static RuleViolationException refusal(String field, String key, Object... values) {
        return new RuleViolationException(List.of(new FieldError(field, say(key, values))));
    }

    private static String say(String key, Object... values) {
        return Texts.say(PrivacyPolicies.class, "privacyPolicies." + key, values);
    }
}
