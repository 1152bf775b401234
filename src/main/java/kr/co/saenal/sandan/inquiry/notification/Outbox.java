package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.InquiryDestroyed;
import kr.co.saenal.sandan.inquiry.InquiryReceived;
import kr.co.saenal.sandan.site.SiteSettingsService;

/**
 * The mails owed about inquiries. They are added in the inquiry's own transaction ({@link InquiryReceived}); a sender on any node claims
 * one at a time with a conditional update (only one node can win it), sends it outside any transaction and
 * records the outcome. A node that dies while sending leaves a claim that runs out, and the mail is tried again
 * (at least once, never lost).
 */
@ApplicationScoped
public class Outbox {

    /** How long a claim keeps other nodes off a mail that is being sent. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Attempts after which a mail still pending counts as a problem. */
    private static final int TROUBLED_AFTER = 3;

    @Inject
    OutboxRepository repository;

    @Inject
    InquiryMails mails;

    @Inject
    MailSettings settings;

    @Inject
    SiteSettingsService site;

    @Inject
    Clock clock;

    /** The acknowledgement and the staff notice, owed in the transaction that stores the inquiry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(@Observes InquiryReceived received) {
        mails.about(received.inquiry(), site.current(), clock.instant()).forEach(repository::add);
    }

    /** A mail other parts owe (a reminder), in their transaction: sent like the others, once, by one server. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owe(OutboxMail mail) {
        repository.add(mail);
    }

    /** A destroyed inquiry's mails go with its personal data, sent or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(@Observes InquiryDestroyed destroyed) {
        repository.removeAbout(destroyed.inquiryId());
    }

    @Transactional
    public List<Long> due(int limit) {
        return repository.due(clock.instant(), limit);
    }

    /** Takes the mail for this node if it is still due; counts the attempt. */
    @Transactional
    public Optional<OutboxMail> claim(long id) {
        Instant now = clock.instant();
        return repository.claim(id, now, now.plus(CLAIM)) ? repository.find(id) : Optional.empty();
    }

    @Transactional
    public void delivered(long id) {
        repository.find(id).orElseThrow().delivered(clock.instant());
    }

    @Transactional
    public void failed(long id, String error) {
        OutboxMail mail = repository.find(id).orElseThrow();
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, mail.getAttempts() - 1)));
        mail.failed(
                error,
                clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait),
                mail.getAttempts() >= settings.maxAttempts());
    }

    /** Every mail about an inquiry, for staff; without texts. */
    @Transactional
    public List<MailDelivery> about(long inquiryId) {
        return repository.about(inquiryId).stream().map(MailDelivery::of).toList();
    }

    /** Pending mails, and those a sender should have taken more than {@code overdue} ago. */
    @Transactional
    public PendingMails pending(Duration overdue) {
        return repository.pending(clock.instant().minus(overdue));
    }

    /** Mails given up, or still failing after a few attempts: the dashboard's "mail problems". */
    @Transactional
    public long troubled() {
        return repository.troubled(TROUBLED_AFTER);
    }
}
