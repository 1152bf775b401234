package kr.co.saenal.sandan.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    /** The inquiries looked at: one for an opening or a change, every exported one for an export. */
    @ElementCollection
    @CollectionTable(name = "access_record_inquiry", joinColumns = @JoinColumn(name = "access_record_id"))
    @Column(name = "inquiry_id", nullable = false)
    private Set<Long> inquiryIds = new TreeSet<>();

    @Column(length = 500)
    private String reason;

    /** The file an export produced (CSV, XLSX); empty for other actions. */
    @Column(name = "file_format", length = 10)
    private String fileFormat;

    protected AccessRecord() {}

    public AccessRecord(
            Instant at,
            String staffUsername,
            String clientAddress,
            AccessAction action,
            Collection<Long> inquiryIds,
            String reason,
            String fileFormat) {
        this.accessedAt = Objects.requireNonNull(at, "at");
        this.staffUsername = Objects.requireNonNull(staffUsername, "staffUsername");
        this.clientAddress = clientAddress.length() > 45 ? clientAddress.substring(0, 45) : clientAddress;
        this.action = Objects.requireNonNull(action, "action");
        this.inquiryIds.addAll(inquiryIds);
        this.reason = reason;
        this.fileFormat = fileFormat;
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

    /** In ascending order. Lazily loaded: read it inside a transaction or from {@link AccessLog#about(long)}. */
    public List<Long> getInquiryIds() {
        return inquiryIds.stream().sorted().toList();
    }

    public String getReason() {
        return reason;
    }

    public String getFileFormat() {
        return fileFormat;
    }
}
