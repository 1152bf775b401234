package kr.co.saenal.sandan.inquiry.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryReceived;
import kr.co.saenal.sandan.inquiry.PersonalDataMask;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.inquiry.notification.MailSettings;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.inquiry.notification.OutboxMail;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.RecentlyRead;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * The {@link AlertSettings}, and the alerts a new request owes under them: one webhook call and one SMS per
 * recipient, written to the outbox in the request's transaction (so an accepted request is an alert owed). Every
 * request asks, so the settings are read at most every few seconds; a change holds at once on the node that made
 * it and within {@link #FRESHNESS} on the others. What the alerts say is masked as the staff mail is.
 */
@ApplicationScoped
public class StaffAlerts {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    public static final String EVENT = "sandan.inquiry.received";

    private static final Logger LOG = Logger.getLogger(StaffAlerts.class.getName());

    @Inject
    SettingRepository rows;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mailSettings;

    @Inject
    Clock clock;

    private final RecentlyRead<AlertSettings> settings =
            new RecentlyRead<>(FRESHNESS, () -> AlertSettings.from(rows.withPrefix(AlertSettings.PREFIX)));

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertSettings current() {
        return settings.get(clock);
    }

    /**
     * @throws kr.co.saenal.sandan.platform.RuleViolationException when a value cannot be used; nothing changes
     */
    @Transactional
    public AlertSettings change(AlertSettings changed, String administrator) {
        changed.check();
        rows.put(changed.values());
        settings.forget();
        LOG.info(() -> "Staff alerts changed by " + administrator + ": " + changed);
        return changed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void owe(@Observes InquiryReceived received) {
        AlertSettings alerts = current();
        Inquiry inquiry = received.inquiry();
        Instant now = clock.instant();
        if (alerts.webhookOn()) {
            outbox.owe(new OutboxMail(
                    inquiry.getId(), MailKind.WEBHOOK_ALERT, alerts.webhookUrl(), EVENT, payload(inquiry), now));
        }
        if (alerts.smsOn()) {
            String text = text(alerts.smsTemplate(), inquiry);
            alerts.recipientDigits()
                    .forEach(number ->
                            outbox.owe(new OutboxMail(inquiry.getId(), MailKind.SMS_ALERT, number, "sms", text, now)));
        }
    }

    /** The webhook's JSON: what the staff mail says, and the link to the request. */
    private String payload(Inquiry inquiry) {
        JsonObjectBuilder request = Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", inquiry.getId())
                .add("receivedAt", inquiry.getReceivedAt().toString())
                .add("channel", inquiry.getChannel().name())
                .add("name", PersonalDataMask.name(inquiry.getName()))
                .add("phone", PersonalDataMask.phone(inquiry.getPhone()))
                .add("url", mailSettings.siteUrl().orElse("") + "/admin/inquiry?id=" + inquiry.getId());
        if (inquiry.getTopic() != null) {
            request.add("topic", inquiry.getTopic().name())
                    .add("topicLabel", inquiry.getTopic().label(Locale.KOREAN));
        }
        if (inquiry.getCompany() != null) {
            request.add("company", inquiry.getCompany());
        }
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("event", EVENT)
                .add("inquiry", request)
                .build()
                .toString();
    }

    /** The template with its placeholders ({번호}, {분야}, {이름}, {연락처}) filled in; personal data masked. */
    static String text(String template, Inquiry inquiry) {
        String[] names = Texts.of(StaffAlerts.class, Locale.KOREAN)
                .getString("alert.sms.placeholders")
                .split(",");
        String[] values = {
            String.valueOf(inquiry.getId()),
            inquiry.getTopic() == null ? "" : inquiry.getTopic().label(Locale.KOREAN),
            PersonalDataMask.name(inquiry.getName()),
            PersonalDataMask.phone(inquiry.getPhone())
        };
        String text = template;
        for (int i = 0; i < names.length; i++) {
            text = text.replace("{" + names[i].strip() + "}", values[i]);
        }
        return text.replaceAll(" {2,}", " ").strip();
    }
}
