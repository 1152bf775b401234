package kr.co.saenal.sandan.inquiry.notification;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;

/** What staff see of one mail about an inquiry: never its text. */
public record MailDelivery(
        MailKind kind, DeliveryState state, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError)
        implements Serializable {

    static MailDelivery of(OutboxMail mail) {
        return new MailDelivery(
                mail.getKind(),
                mail.getState(),
                mail.getAttempts(),
                mail.getNextAttemptAt(),
                mail.getSentAt(),
                mail.getLastError());
    }

    public String getSummary() {
        return switch (state) {
            case SENT -> say("notification.delivery.sent", KoreanTime.dateTime(sentAt));
            case PENDING ->
                attempts == 0
                        ? say("notification.delivery.soon")
                        : say("notification.delivery.retrying", attempts, KoreanTime.dateTime(nextAttemptAt));
            case FAILED -> say("notification.delivery.failed", attempts, lastError);
        };
    }

    private static String say(String key, Object... values) {
        return Texts.say(MailDelivery.class, key, values);
    }
}
