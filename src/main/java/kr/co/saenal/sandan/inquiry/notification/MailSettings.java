package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * How notifications go out, from the environment of the WildFly process (the SMTP server itself is WildFly's
 * mail session {@code java:jboss/mail/Sandan}, configured by {@code wildfly-config/server.cli}).
 */
@ApplicationScoped
public class MailSettings {

    /** Where notices of new requests go; without it only requesters get mail. */
    public Optional<String> staffAddress() {
        return env("SANDAN_STAFF_EMAIL");
    }

    /** The site's public address, for links in mails (e.g. https://sandan.example.kr); without it, none. */
    public Optional<String> siteUrl() {
        return env("SANDAN_SITE_URL").map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The wait after the first failed attempt; it doubles with every further failure, up to an hour. */
    public Duration firstRetry() {
        return Duration.ofSeconds(
                env("SANDAN_MAIL_RETRY_SECONDS").map(Long::parseLong).orElse(30L));
    }

    /** After so many failed attempts a mail is given up (and shown as failed in the back office). */
    public int maxAttempts() {
        return env("SANDAN_MAIL_MAX_ATTEMPTS").map(Integer::parseInt).orElse(12);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
