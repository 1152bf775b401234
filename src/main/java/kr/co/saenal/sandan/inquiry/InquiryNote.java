package kr.co.saenal.sandan.inquiry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A consultant's note on a request: who wrote it and when. Notes are added, never overwritten: an edit keeps the
 * earlier text among its revisions (administrators read them), and only its author edits it. Destroying the
 * request's personal data destroys the notes' text too, since a note may quote the requester.
 */
@Entity
@Table(name = "inquiry_note")
public class InquiryNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    /** Null for the memo a request had before notes existed: its author was not recorded. */
    @Column(length = 60)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "edited_at")
    private Instant editedAt;

    @ElementCollection
    @CollectionTable(name = "inquiry_note_revision", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "position")
    private List<Revision> revisions = new ArrayList<>();

    @Version
    private long version;

    /** An earlier text of the note, replaced at {@code replacedAt} by {@code replacedBy}. */
    @Embeddable
    public static class Revision {
        @Column(nullable = false, length = MAX_LENGTH)
        private String body;

        @Column(name = "replaced_at", nullable = false)
        private Instant replacedAt;

        @Column(name = "replaced_by", nullable = false, length = 60)
        private String replacedBy;

        protected Revision() {}

        Revision(String body, Instant replacedAt, String replacedBy) {
            this.body = body;
            this.replacedAt = replacedAt;
            this.replacedBy = replacedBy;
        }

        public String getBody() {
            return body;
        }

        public Instant getReplacedAt() {
            return replacedAt;
        }

        public String getReplacedBy() {
            return replacedBy;
        }
    }

    protected InquiryNote() {}

    InquiryNote(long inquiryId, String author, String body, Instant at) {
        this.inquiryId = inquiryId;
        this.author = Objects.requireNonNull(author, "author");
        this.body = Objects.requireNonNull(body, "body");
        this.writtenAt = Objects.requireNonNull(at, "at");
    }

    /** The new text; the one it replaces stays among the revisions. Nothing happens when the text is the same. */
    void edit(String text, String editor, Instant at) {
        if (text.equals(body)) {
            return;
        }
        revisions.add(new Revision(body, at, editor));
        body = text;
        editedAt = at;
    }

    /** The request's personal data is destroyed: the note's text and its earlier texts go with it. */
    void destroyText() {
        body = "";
        revisions.clear();
    }

    public boolean writtenBy(String username) {
        return author != null && author.equals(username);
    }

    public Long getId() {
        return id;
    }

    public long getInquiryId() {
        return inquiryId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public List<Revision> getRevisions() {
        return List.copyOf(revisions);
    }
}
