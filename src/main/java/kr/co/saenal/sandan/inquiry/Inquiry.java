package kr.co.saenal.sandan.inquiry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.Texts;

/**
 * A request for a free one-to-one consultation (1:1 전문가 무료상담신청). It cannot exist without the
 * consent its requester gave, so the constructor records that consent too.
 */
@Entity
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 100)
    private String company;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private InquiryTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_time", length = 30)
    private ContactTime preferredTime;

    @Column(nullable = false, length = 2000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryChannel channel;

    @Column(name = "news_post_id")
    private Long newsPostId;

    /** The complex the request was sent about (its page's button, the API's {@code complexId}); no foreign key. */
    @Column(name = "complex_id")
    private Long complexId;

    /** The complex's name and place as the visitor saw them: outlives the complex (an import's undo). */
    @Column(name = "complex_name", length = 300)
    private String complexName;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @OneToOne(mappedBy = "inquiry", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY, optional = false)
    private ConsentRecord consent;

    @Column(length = 60)
    private String assignee;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    /** When the first response is due (inquiry.response.ResponseTargets); a request still 접수 after it is overdue. */
    @Column(name = "respond_by")
    private Instant respondBy;

    /** When the reminder about its overdue first response was owed; set once, by one server. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "submission_key", length = 100, unique = true)
    private String submissionKey;

    @Version
    private long version;

    /** What a destroyed request's name reads afterwards: stored, so in the site's language, Korean. */
    public static final String DESTROYED = Texts.format(Inquiry.class, Locale.KOREAN, "inquiry.destroyedName");

    protected Inquiry() {}

    public Inquiry(
            Requester requester,
            String message,
            InquiryChannel channel,
            Long newsPostId,
            ConsentNotice notice,
            boolean marketingConsent,
            String clientAddress,
            Instant receivedAt) {
        this.name = requester.name();
        this.company = requester.company();
        this.phone = requester.phone().value();
        this.email = requester.email();
        this.topic = requester.topic();
        this.preferredTime = requester.preferredTime();
        this.message = Objects.requireNonNull(message, "message");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.newsPostId = newsPostId;
        this.status = InquiryStatus.RECEIVED;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.consent = new ConsentRecord(this, notice, receivedAt, marketingConsent, clientAddress);
    }

    /** Records the complex the request is about, with its name as shown then. */
    void about(long complexId, String complexName) {
        this.complexId = complexId;
        this.complexName = complexName.length() > 300 ? complexName.substring(0, 300) : complexName;
    }

    /** The key the client sent this request with, so that sending it again finds it instead of a copy. */
    void keyedBy(String key) {
        this.submissionKey = key;
    }

    /** Whether a request sent again under this one's key says the same (else the key was reused for another). */
    boolean sameRequester(InquiryRequest again) {
        return name.equals(strip(again.name()))
                && email.equalsIgnoreCase(strip(again.email()))
                && message.equals(strip(again.message()));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Moves the request along the consultants' workflow: 접수 → 상담중 → 완료, with 보류 (on hold) from any open
     * state and back, and a finished request reopened as 상담중.
     *
     * @throws StatusChangeNotAllowedException for any other move
     * @throws InquiryDestroyedException once its personal data is destroyed
     */
    public void moveTo(InquiryStatus next, Instant now) {
        refuseChangesOnceDestroyed();
        if (!status.canMoveTo(next)) {
            throw new StatusChangeNotAllowedException(status, next);
        }
        if (next == InquiryStatus.DONE && status != InquiryStatus.DONE) {
            closedAt = now;
        } else if (next != InquiryStatus.DONE) {
            closedAt = null;
        }
        status = next;
    }

    /**
     * Destroys the requester's personal data for good: overwritten in place, not flagged. What stays is an
     * anonymous statistic — when, through which channel, about which topic, and how it ended — which takes no
     * further changes: a note or a reopened request would let personal data back into it. Destroying again
     * changes nothing. (Its notes' text is destroyed by {@link InquiryDestruction}.)
     */
    void destroyPersonalData(Instant now) {
        if (isDestroyed()) {
            return;
        }
        name = DESTROYED;
        company = null;
        phone = "";
        email = "";
        message = "";
        submissionKey = null;
        consent.destroyPersonalData();
        destroyedAt = now;
    }

    private void refuseChangesOnceDestroyed() {
        if (isDestroyed()) {
            throw new InquiryDestroyedException(id);
        }
    }

    /**
     * A consultant's change of status and assignee: each part given is applied, the others left as they are (the
     * note is {@link InquiryDesk}'s). A destroyed request refuses even an empty change, so that whoever asks learns
     * at once that it takes none.
     *
     * @throws StatusChangeNotAllowedException when the workflow does not allow the new status
     * @throws InquiryDestroyedException once its personal data is destroyed
     */
    public void apply(InquiryChange change, Instant now) {
        refuseChangesOnceDestroyed();
        change.status().ifPresent(next -> moveTo(next, now));
        change.assignee().ifPresent(this::assignTo);
    }

    /** @throws InquiryDestroyedException once its personal data is destroyed */
    void refuseNotesOnceDestroyed() {
        refuseChangesOnceDestroyed();
    }

    /** Sets when the first response is due: at receipt, and again when working hours or holidays change. */
    public void expectResponseBy(Instant due) {
        this.respondBy = Objects.requireNonNull(due, "due");
    }

    /** Still waiting for its first response (접수) after the target. */
    public boolean isOverdueAt(Instant now) {
        return status == InquiryStatus.RECEIVED && !isDestroyed() && respondBy != null && now.isAfter(respondBy);
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public boolean isDestroyed() {
        return destroyedAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getDestroyedAt() {
        return destroyedAt;
    }

    /** @throws InquiryDestroyedException once its personal data is destroyed */
    public void assignTo(String staffUsername) {
        refuseChangesOnceDestroyed();
        this.assignee = staffUsername == null || staffUsername.isBlank() ? null : staffUsername.strip();
    }

    /** Who asked, and how to reach them. */
    public record Requester(
            String name,
            String company,
            PhoneNumber phone,
            String email,
            InquiryTopic topic,
            ContactTime preferredTime) {
        public Requester {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public InquiryTopic getTopic() {
        return topic;
    }

    public ContactTime getPreferredTime() {
        return preferredTime;
    }

    public String getMessage() {
        return message;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public InquiryChannel getChannel() {
        return channel;
    }

    public Long getComplexId() {
        return complexId;
    }

    public String getComplexName() {
        return complexName;
    }

    public Long getNewsPostId() {
        return newsPostId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public ConsentRecord getConsent() {
        return consent;
    }
}
