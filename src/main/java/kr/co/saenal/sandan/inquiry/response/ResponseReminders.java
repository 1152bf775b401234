package kr.co.saenal.sandan.inquiry.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.inquiry.notification.MailSettings;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.inquiry.notification.OutboxMail;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;

/**
 * The mails about requests left waiting past their first-response target. Each overdue request owes one reminder:
 * the server whose conditional update sets its {@code reminded_at} writes the reminder into the outbox in the same
 * transaction, so however many servers look at once, one reminder is owed and the outbox sends it once. The digest
 * lists, for each recipient, what is still overdue. Mails name requests by number, topic and times: no personal
 * data (the details are read in the back office, where every look is recorded).
 */
@ApplicationScoped
public class ResponseReminders {

    private static final Logger LOG = Logger.getLogger(ResponseReminders.class.getName());
    private static final int BATCH = 50;

    /** A request waiting past its target, as reminders name it. */
    record Overdue(long id, InquiryTopic topic, Instant receivedAt, Instant respondBy, String assignee) {}

    @Inject
    ResponseRepository repository;

    @Inject
    ResponseTargets targets;

    @Inject
    Outbox outbox;

    @Inject
    StaffDirectory staff;

    @Inject
    MailSettings mailSettings;

    @Inject
    Clock clock;

    /** The requests past their target not reminded of yet: a few at a time, the longest waiting first. */
    @Transactional
    public List<Long> unreminded() {
        return repository.unreminded(clock.instant(), BATCH);
    }

    /**
     * Owes the reminder about one request, if it is still overdue and no server has owed it yet.
     *
     * @return whether this call owed it
     */
    @Transactional
    public boolean remind(long id) {
        Instant now = clock.instant();
        boolean mine = repository.claimReminder(id, now);
        if (mine) {
            Overdue overdue = repository.overdue(id, now).orElseThrow();
            List<String> to = recipients(overdue.assignee(), staff.list());
            to.forEach(address -> outbox.owe(new OutboxMail(
                    id,
                    MailKind.RESPONSE_REMINDER,
                    address,
                    say("mail.responseReminder.subject", Long.toString(id)),
                    reminder(overdue),
                    now)));
            LOG.info(() -> "Inquiry " + id + " is past its first-response target; reminder owed to " + to.size()
                    + " address(es)");
        }
        return mine;
    }

    /** Gives a target to the waiting requests that have none (stored before targets existed). */
    @Transactional
    public int targetTheUntargeted() {
        List<ResponseRepository.Waiting> untargeted = repository.waiting(true, BATCH);
        untargeted.forEach(request -> repository.target(request.id(), targets.dueAfter(request.receivedAt())));
        return untargeted.size();
    }

    /**
     * Owes each recipient one digest of the requests still overdue that were reminded of before {@code since}
     * (today's news comes as reminders, not again in the digest).
     *
     * @return how many digests were owed
     */
    @Transactional
    public int digest(Instant since) {
        Map<String, List<Overdue>> byRecipient = new LinkedHashMap<>();
        Instant now = clock.instant();
        List<StaffSummary> everyone = staff.list();
        for (Overdue overdue : repository.remindedBefore(since, now)) {
            recipients(overdue.assignee(), everyone)
                    .forEach(address -> byRecipient
                            .computeIfAbsent(address, a -> new ArrayList<>())
                            .add(overdue));
        }
        byRecipient.forEach((address, requests) -> outbox.owe(new OutboxMail(
                null,
                MailKind.RESPONSE_DIGEST,
                address,
                say("mail.responseDigest.subject", Integer.toString(requests.size())),
                digestText(requests),
                now)));
        return byRecipient.size();
    }

    /**
     * The assignee when they gave an address; else every enabled consultant who did; else the staff address the
     * server is configured with. Nobody at all is logged, not thrown: the flag on the list still shows.
     */
    private List<String> recipients(String assignee, List<StaffSummary> everyone) {
        if (assignee != null) {
            for (StaffSummary member : everyone) {
                if (member.username().equals(assignee) && member.enabled() && member.hasEmail()) {
                    return List.of(member.email());
                }
            }
        }
        List<String> consultants = everyone.stream()
                .filter(m -> m.enabled() && m.hasRole(Role.CONSULTANT) && m.hasEmail())
                .map(StaffSummary::email)
                .distinct()
                .toList();
        if (!consultants.isEmpty()) {
            return consultants;
        }
        List<String> fallback = mailSettings.staffAddress().stream().toList();
        if (fallback.isEmpty()) {
            LOG.warning("No address for response reminders: no consultant gave one and SANDAN_STAFF_EMAIL is unset");
        }
        return fallback;
    }

    private String reminder(Overdue overdue) {
        return say(
                "mail.responseReminder.body",
                Long.toString(overdue.id()),
                KoreanTime.dateTime(overdue.receivedAt(), Locale.KOREAN),
                KoreanTime.dateTime(overdue.respondBy(), Locale.KOREAN),
                topic(overdue.topic()),
                Objects.requireNonNullElse(overdue.assignee(), say("mail.response.unassigned")),
                mailSettings.siteUrl().orElse(""));
    }

    private String digestText(List<Overdue> requests) {
        StringBuilder lines = new StringBuilder();
        for (Overdue overdue : requests) {
            lines.append(say(
                    "mail.responseDigest.line",
                    Long.toString(overdue.id()),
                    KoreanTime.dateTime(overdue.respondBy(), Locale.KOREAN),
                    topic(overdue.topic()),
                    Objects.requireNonNullElse(overdue.assignee(), say("mail.response.unassigned"))));
        }
        return say(
                "mail.responseDigest.body",
                Integer.toString(requests.size()),
                lines.toString(),
                mailSettings.siteUrl().orElse(""));
    }

    private static String topic(InquiryTopic topic) {
        return topic == null ? say("mail.response.noTopic") : topic.label(Locale.KOREAN);
    }

    /** Staff read Korean whatever language requesters used. */
    private static String say(String key, Object... values) {
        return Texts.format(ResponseReminders.class, Locale.KOREAN, key, values);
    }
}
