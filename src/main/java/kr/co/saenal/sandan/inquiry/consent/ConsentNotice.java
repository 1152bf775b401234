package kr.co.saenal.sandan.inquiry.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the 개인정보 수집·이용 안내 shown before a visitor agrees. Versions are never edited:
 * a new text is a new version, and each {@link ConsentRecord} keeps the one its requester saw.
 */
@Entity
@Table(name = "consent_notice")
public class ConsentNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private int version;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(nullable = false, length = 1000)
    private String items;

    @Column(nullable = false, length = 1000)
    private String retention;

    @Column(name = "right_to_refuse", nullable = false, length = 1000)
    private String rightToRefuse;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The English rendering, for information only (the Korean text binds): all four parts or none. */
    @Column(name = "purpose_en", length = 1000)
    private String purposeEn;

    @Column(name = "items_en", length = 1000)
    private String itemsEn;

    @Column(name = "retention_en", length = 1000)
    private String retentionEn;

    @Column(name = "right_to_refuse_en", length = 1000)
    private String rightToRefuseEn;

    protected ConsentNotice() {}

    public ConsentNotice(int version, ConsentNoticeText text, Instant publishedAt) {
        if (version < 1) {
            throw new IllegalArgumentException("Versions start at 1");
        }
        this.version = version;
        this.purpose = Objects.requireNonNull(text.purpose(), "purpose");
        this.items = Objects.requireNonNull(text.items(), "items");
        this.retention = Objects.requireNonNull(text.retention(), "retention");
        this.rightToRefuse = Objects.requireNonNull(text.rightToRefuse(), "rightToRefuse");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /**
     * A version with an English rendering beside its binding Korean text.
     *
     * @param english all four parts, or {@code null} for a version in Korean only
     */
    public ConsentNotice(int version, ConsentNoticeText text, ConsentNoticeText english, Instant publishedAt) {
        this(version, text, publishedAt);
        if (english != null) {
            this.purposeEn = Objects.requireNonNull(english.purpose(), "english purpose");
            this.itemsEn = Objects.requireNonNull(english.items(), "english items");
            this.retentionEn = Objects.requireNonNull(english.retention(), "english retention");
            this.rightToRefuseEn = Objects.requireNonNull(english.rightToRefuse(), "english rightToRefuse");
        }
    }

    /** The English rendering, when this version has one. */
    public Optional<ConsentNoticeText> english() {
        return purposeEn == null
                ? Optional.empty()
                : Optional.of(new ConsentNoticeText(purposeEn, itemsEn, retentionEn, rightToRefuseEn));
    }

    public ConsentNoticeText text() {
        return new ConsentNoticeText(purpose, items, retention, rightToRefuse);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getItems() {
        return items;
    }

    public String getRetention() {
        return retention;
    }

    public String getRightToRefuse() {
        return rightToRefuse;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
