package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;
import kr.co.saenal.sandan.site.SiteAddress;

/**
 * How notifications go out: {@code SANDAN_STAFF_EMAIL}, {@code SANDAN_MAIL_RETRY_SECONDS} and
 * {@code SANDAN_MAIL_MAX_ATTEMPTS} (the SMTP server itself is WildFly's mail session {@code java:jboss/mail/Sandan},
 * configured by {@code wildfly-config/server.cli}).
 */
@ApplicationScoped
public class MailSettings implements ValidatedSettings {

    static final String STAFF_EMAIL = "sandan.staff-email";
    static final String RETRY_SECONDS = "sandan.mail.retry-seconds";
    static final String MAX_ATTEMPTS = "sandan.mail.max-attempts";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final Optional<String> staffAddress;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final List<String> problems;

    public MailSettings() {
        this(SettingsReader.fromConfig());
    }

    MailSettings(SettingsReader read) {
        this.staffAddress = read.value(
                STAFF_EMAIL,
                text -> Optional.of(text).filter(ADDRESS.asMatchPredicate()),
                "one e-mail address (staff@example.co.kr)");
        this.firstRetry = Duration.ofSeconds(read.number(RETRY_SECONDS, 30, 1, 3600, "a number of seconds"));
        this.maxAttempts = (int) read.number(MAX_ATTEMPTS, 12, 1, 1000, "a number of attempts");
        this.problems = read.problems();
    }

    /** Where notices of new requests go; without it only requesters get mail. */
    public Optional<String> staffAddress() {
        return staffAddress;
    }

    /** The site's public address, for links in mails (e.g. https://sandan.example.kr); without it, none. */
    public Optional<String> siteUrl() {
        return SiteAddress.configured();
    }

    /** The wait after the first failed attempt; it doubles with every further failure, up to an hour. */
    public Duration firstRetry() {
        return firstRetry;
    }

    /** After so many failed attempts a mail is given up (and shown as failed in the back office). */
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
