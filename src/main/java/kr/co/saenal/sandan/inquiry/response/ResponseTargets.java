package kr.co.saenal.sandan.inquiry.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;
import kr.co.saenal.sandan.inquiry.FirstResponseTarget;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.RecentlyRead;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * The {@link ResponsePolicy} and the holiday table, and the first-response target they give each request: set when
 * the request is stored, and set again for every request still waiting when either changes. Every request asks, so
 * both are read from the database at most every few seconds; a change holds at once on the node that made it and
 * within {@link #FRESHNESS} on the others.
 */
@ApplicationScoped
public class ResponseTargets implements FirstResponseTarget {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(ResponseTargets.class.getName());

    private record Known(ResponsePolicy policy, WorkingHours hours) {}

    @Inject
    ResponseRepository repository;

    @Inject
    SettingRepository settings;

    @Inject
    Clock clock;

    private final RecentlyRead<Known> known = new RecentlyRead<>(FRESHNESS, this::read);

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResponsePolicy policy() {
        return known().policy();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingHours workingHours() {
        return known().hours();
    }

    /** When a request received at {@code received} is due its first response. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant dueAfter(Instant received) {
        Known now = known();
        return now.hours().after(received, now.policy().target());
    }

    /** @throws RuleViolationException when a value is out of range; nothing changes */
    @Transactional
    public ResponsePolicy change(ResponsePolicy policy, String administrator) {
        policy.check();
        settings.put(policy.values());
        known.forget();
        int moved = retarget();
        LOG.info(() -> "Response policy changed by " + administrator + ": " + policy + "; " + moved
                + " waiting requests retargeted");
        return policy;
    }

    /** The holidays of one year, by date. */
    @Transactional
    public List<PublicHoliday> holidays(int year) {
        return repository.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Adds a holiday (or renames the one on that day) and moves the targets of waiting requests.
     *
     * @throws RuleViolationException (fields {@code day}, {@code name}) when either is missing or too long
     */
    @Transactional
    public void addHoliday(LocalDate day, String name, String administrator) {
        String stripped = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new FieldError("day", Texts.say(ResponseTargets.class, "holiday.day.missing")));
        }
        if (stripped.isEmpty() || stripped.length() > PublicHoliday.MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", Texts.say(ResponseTargets.class, "holiday.name.invalid")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        repository.holiday(day).ifPresent(repository::remove);
        repository.add(new PublicHoliday(day, stripped));
        changedHolidays(administrator, "added " + day + " " + stripped);
    }

    @Transactional
    public void removeHoliday(LocalDate day, String administrator) {
        repository.holiday(day).ifPresent(existing -> {
            repository.remove(existing);
            changedHolidays(administrator, "removed " + day);
        });
    }

    private void changedHolidays(String administrator, String what) {
        known.forget();
        int moved = retarget();
        LOG.info(() -> "Holiday " + what + " by " + administrator + "; " + moved + " waiting requests retargeted");
    }

    /** Sets the target of every request still waiting (접수) by the policy and holidays now in force. */
    private int retarget() {
        List<ResponseRepository.Waiting> waiting = repository.waiting(false, Integer.MAX_VALUE);
        waiting.forEach(request -> repository.target(request.id(), dueAfter(request.receivedAt())));
        return waiting.size();
    }

    private Known known() {
        return known.get(clock);
    }

    private Known read() {
        ResponsePolicy policy = ResponsePolicy.from(settings.withPrefix("inquiries."));
        return new Known(
                policy,
                new WorkingHours(
                        policy.dayStarts(),
                        policy.dayEnds(),
                        new HashSet<>(repository.holidayDays()),
                        KoreanTime.ZONE));
    }
}
