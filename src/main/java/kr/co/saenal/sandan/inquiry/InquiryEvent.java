package kr.co.saenal.sandan.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A change made to a request, as its history shows it: the status or the assignee, from what to what, by whom. */
@Entity
@Table(name = "inquiry_event")
public class InquiryEvent {

    public enum Kind {
        STATUS,
        ASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    /** The staff member; null for the system (an automatic assignment). */
    @Column(length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "before_value", length = 60)
    private String before;

    @Column(name = "after_value", length = 60)
    private String after;

    protected InquiryEvent() {}

    InquiryEvent(long inquiryId, Kind kind, String before, String after, String actor, Instant at) {
        this.inquiryId = inquiryId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.before = before;
        this.after = after;
        this.actor = actor;
        this.happenedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getInquiryId() {
        return inquiryId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
