package kr.co.saenal.sandan.inquiry.notification;

/**
 * Delivers one kind of outbox message: mail over SMTP ({@link SmtpCourier}), the staff alerts over HTTP (their own
 * package). The outbox claims, retries and records; a courier only carries, and throws when it could not.
 */
public interface Courier {

    boolean carries(MailKind kind);

    /** @throws Exception anything that kept the message from being accepted; the outbox tries again later */
    void deliver(OutboxMail message) throws Exception;
}
