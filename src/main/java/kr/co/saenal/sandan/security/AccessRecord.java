package kr.co.saenal.sandan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One entry of the access log of personal data (개인정보처리시스템 접속기록): who, when, from where, what they
 * did, with which inquiries and why. Written, never changed.
 */
@Entity
@Table(name = "access_record")
public class AccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(name = "staff_username", nullable = false, length = 60)
    private String staffUsername;

    @Column(name = "client_address", nullable = false, length = 45)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccessAction action;

    /** Comma-separated inquiry ids. */
    @Column(name = "inquiry_ids", nullable = false, length = 4000)
    private String inquiryIds;

    @Column(length = 500)
    private String reason;

    protected AccessRecord() {
    }

    public AccessRecord(Instant at, String staffUsername, String clientAddress, AccessAction action,
            Collection<Long> inquiryIds, String reason) {
        this.accessedAt = Objects.requireNonNull(at, "at");
        this.staffUsername = Objects.requireNonNull(staffUsername, "staffUsername");
        this.clientAddress = clientAddress.length() > 45 ? clientAddress.substring(0, 45) : clientAddress;
        this.action = Objects.requireNonNull(action, "action");
        this.inquiryIds = inquiryIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public AccessAction getAction() {
        return action;
    }

    public String getInquiryIds() {
        return inquiryIds;
    }

    public String getReason() {
        return reason;
    }
}
