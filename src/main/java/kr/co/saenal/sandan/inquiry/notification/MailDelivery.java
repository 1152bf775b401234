package kr.co.saenal.sandan.inquiry.notification;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** What staff see of one mail about an inquiry: never its text. */
public record MailDelivery(MailKind kind, DeliveryState state, int attempts, Instant nextAttemptAt, Instant sentAt,
        String lastError) implements Serializable {

    static MailDelivery of(OutboxMail mail) {
        return new MailDelivery(mail.getKind(), mail.getState(), mail.getAttempts(), mail.getNextAttemptAt(),
                mail.getSentAt(), mail.getLastError());
    }

    public String getSummary() {
        return switch (state) {
            case SENT -> KoreanTime.dateTime(sentAt) + " 발송";
            case PENDING -> attempts == 0 ? "곧 발송" : attempts + "회 실패, " + KoreanTime.dateTime(nextAttemptAt) + " 다시 시도";
            case FAILED -> attempts + "회 시도 후 중단: " + lastError;
        };
    }
}
