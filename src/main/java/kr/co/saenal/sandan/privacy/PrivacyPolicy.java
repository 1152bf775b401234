package kr.co.saenal.sandan.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the privacy policy: its text ({@link PolicyText} markup) and the day it takes effect in Korea.
 * A version changes only while it is a draft or scheduled ({@link #revise}); once its day has come it is in force,
 * later superseded, and never changed again.
 */
@Entity
@Table(name = "privacy_policy")
public class PrivacyPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private int version;

    @Column(nullable = false, length = PolicyText.MAX_LENGTH)
    private String body;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected PrivacyPolicy() {}

    /** A new draft: no effective date yet. */
    public PrivacyPolicy(int version, String body, Instant now, String author) {
        if (version < 1) {
            throw new IllegalArgumentException("Versions start at 1");
        }
        this.version = version;
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.changedAt = now;
        this.changedBy = Objects.requireNonNull(author, "author");
    }

    /** Whether the text and date may still change on {@code today}: not yet in force. */
    public boolean editable(LocalDate today) {
        return effectiveOn == null || effectiveOn.isAfter(today);
    }

    /**
     * New text and effective date ({@code null}: back to draft). The service has checked both.
     *
     * @throws IllegalStateException when the version is in force or past on {@code today}
     */
    public void revise(String newBody, LocalDate newEffectiveOn, LocalDate today, Instant now, String author) {
        if (!editable(today)) {
            throw new IllegalStateException("Privacy policy version " + version + " took effect on " + effectiveOn);
        }
        if (newEffectiveOn != null && newEffectiveOn.isBefore(today)) {
            throw new IllegalArgumentException("An effective date cannot lie in the past");
        }
        this.body = Objects.requireNonNull(newBody, "body");
        this.effectiveOn = newEffectiveOn;
        this.changedAt = now;
        this.changedBy = author;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public int getRowVersion() {
        return rowVersion;
    }
}
