package kr.co.saenal.sandan.inquiry.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/** Mails, through the server's mail session ({@code java:jboss/mail/Sandan}). */
@ApplicationScoped
public class SmtpCourier implements Courier {

    private static final Set<MailKind> MAILS = EnumSet.of(
            MailKind.ACKNOWLEDGEMENT, MailKind.STAFF_NOTICE, MailKind.RESPONSE_REMINDER, MailKind.RESPONSE_DIGEST);

    @Resource(lookup = "java:jboss/mail/Sandan")
    Session mailSession;

    @Override
    public boolean carries(MailKind kind) {
        return MAILS.contains(kind);
    }

    @Override
    public void deliver(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
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
