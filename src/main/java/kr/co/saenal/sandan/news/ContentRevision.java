package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change to audited content (posts): when, and which staff member made it. */
@Entity
@RevisionEntity(ContentRevisionListener.class)
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(nullable = false, length = 60)
    private String editor;

    public long getId() {
        return id;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getEditor() {
        return editor;
    }

    void setEditor(String editor) {
        this.editor = editor;
    }
}
