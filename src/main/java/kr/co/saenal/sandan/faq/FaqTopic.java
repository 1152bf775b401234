package kr.co.saenal.sandan.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * A topic of the FAQ (입주·분양, 구조고도화…): its name heads a group of questions, its slug is the group's anchor
 * ({@code /faq#topic-restructuring}); it may name the consultation form's 분야 it answers.
 */
@Entity
@Table(name = "faq_topic")
@EntityListeners(PublicContentListener.class)
public class FaqTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    /** The name of an {@code inquiry.InquiryTopic} (the consultation form's 분야), or {@code null}. */
    @Column(name = "consult_topic", length = 20)
    private String consultTopic;

    @Version
    private long version;

    protected FaqTopic() {}

    public FaqTopic(String slug, String name, String consultTopic, int position) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.consultTopic = consultTopic;
        this.position = position;
    }

    public void change(String slug, String name, String consultTopic) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.consultTopic = consultTopic;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public String getConsultTopic() {
        return consultTopic;
    }
}
