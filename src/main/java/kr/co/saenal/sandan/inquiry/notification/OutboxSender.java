package kr.co.saenal.sandan.inquiry.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, on every node: sends the mails that are due, each claimed first so that no two nodes
 * send the same one. A mail server that is down costs a retry later, never the inquiry.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Resource(lookup = "java:jboss/mail/Sandan")
    Session mailSession;

    @Inject
    Outbox outbox;

    @Inject
    MailMeters meters;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "mail outbox")
    void sendDue() {
        for (long id : outbox.due(BATCH)) {
            outbox.claim(id).ifPresent(this::send);
        }
    }

    private void send(OutboxMail mail) {
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            outbox.delivered(mail.getId());
            meters.sent(mail.getKind());
            LOG.fine(() -> "Sent " + mail.getKind() + " for inquiry " + mail.getInquiryId());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail {0} for inquiry {1} not sent (attempt {2}): {3}", new Object[] {
                mail.getKind(), mail.getInquiryId(), mail.getAttempts(), e.getMessage()
            });
            outbox.failed(mail.getId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            meters.failed(mail.getKind());
        }
    }

    /** A mail server that does not answer must not hold the sender for minutes (unless configured otherwise). */
    @PostConstruct
    void limitWaiting() {
        Properties properties = mailSession.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "5000");
        properties.putIfAbsent("mail.smtp.timeout", "10000");
        properties.putIfAbsent("mail.smtp.writetimeout", "10000");
    }
}
