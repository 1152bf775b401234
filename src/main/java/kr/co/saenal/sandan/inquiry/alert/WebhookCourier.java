package kr.co.saenal.sandan.inquiry.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import kr.co.saenal.sandan.inquiry.notification.Courier;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.inquiry.notification.OutboxMail;

/**
 * POSTs a new request's JSON to the staff's webhook. The receiver checks {@code X-Sandan-Signature}
 * ({@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the shared secret>}) and may drop a repeat by
 * {@code X-Sandan-Delivery}, which stays the same across retries of one alert.
 */
@ApplicationScoped
public class WebhookCourier implements Courier {

    public static final String SIGNATURE = "X-Sandan-Signature";
    public static final String DELIVERY = "X-Sandan-Delivery";
    public static final String EVENT = "X-Sandan-Event";

    @Inject
    StaffAlerts alerts;

    @Inject
    Clock clock;

    @Override
    public boolean carries(MailKind kind) {
        return kind == MailKind.WEBHOOK_ALERT;
    }

    @Override
    public void deliver(OutboxMail alert) throws Exception {
        String secret = alerts.current().webhookSecret();
        long at = clock.instant().getEpochSecond();
        String body = alert.getBody();
        AlertHttp.postJson(
                alert.getRecipient(),
                body,
                SIGNATURE,
                "t=" + at + ",v1=" + Signatures.hmacSha256(secret, at + "." + body),
                DELIVERY,
                String.valueOf(alert.getId()),
                EVENT,
                alert.getSubject());
    }
}
