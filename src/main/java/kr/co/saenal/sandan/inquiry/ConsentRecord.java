package kr.co.saenal.sandan.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;

/** Proof of a requester's consent: which notice version, when, from which address, and the optional marketing consent. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consent_notice_id")
    private ConsentNotice notice;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    @Column(name = "client_address", nullable = false, length = 45)
    private String clientAddress;

    protected ConsentRecord() {}

    ConsentRecord(
            Inquiry inquiry, ConsentNotice notice, Instant agreedAt, boolean marketingConsent, String clientAddress) {
        this.inquiry = Objects.requireNonNull(inquiry, "inquiry");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.agreedAt = Objects.requireNonNull(agreedAt, "agreedAt");
        this.marketingConsent = marketingConsent;
        this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    }

    public Long getId() {
        return id;
    }

    public ConsentNotice getNotice() {
        return notice;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    /** The address the consent came from is personal data too; the notice version, time and choice stay. */
    void destroyPersonalData() {
        clientAddress = "";
    }
}
