package kr.co.saenal.sandan.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * A question and its answer. The answer is HTML that has been made safe before it reaches the entity; its text
 * without markup is kept beside it for the search.
 */
@Entity
@Table(name = "faq_item")
@EntityListeners(PublicContentListener.class)
public class FaqItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private FaqTopic topic;

    @Column(nullable = false, length = 300)
    private String question;

    @Column(nullable = false, length = 20_000)
    private String answer;

    @Column(name = "answer_text", nullable = false, length = 20_000)
    private String answerText;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FaqItem() {}

    /** A new question, a draft until {@link #publish} (or published at once). */
    public FaqItem(
            FaqTopic topic,
            String question,
            String answer,
            String answerText,
            int position,
            boolean published,
            Instant now) {
        this.position = position;
        revise(topic, question, answer, answerText, published, now);
    }

    /** New text, topic and state; the answer must already be sanitized. */
    public void revise(
            FaqTopic topic, String question, String answer, String answerText, boolean published, Instant now) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.question = requireText(question, "question");
        this.answer = requireText(answer, "answer");
        this.answerText = Objects.requireNonNull(answerText, "answerText");
        this.published = published;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    void moveTo(int position) {
        this.position = position;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public FaqTopic getTopic() {
        return topic;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnswerText() {
        return answerText;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
