package kr.co.saenal.sandan.complex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * Which complex a short name of the trend workbook means (남동 → 남동[재생사업지구]). Imports pre-fill the national
 * complexes' names (and name themselves as the row's creator, so that undoing the import removes the row); editors
 * change or add names by hand.
 */
@Entity
@EntityListeners(PublicContentListener.class)
@Table(name = "complex_short_name")
public class ShortNameMapping {

    @Id
    @Column(length = 60)
    private String shortName;

    @Column(nullable = false)
    private long complexId;

    private Long createdByImportId;

    @Column(nullable = false, length = 60)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ShortNameMapping() {}

    public ShortNameMapping(String shortName, long complexId, Long createdByImportId, String updatedBy, Instant at) {
        this.shortName = ComplexKey.matchForm(Objects.requireNonNull(shortName, "shortName"));
        if (this.shortName.isEmpty() || this.shortName.length() > 60) {
            throw new IllegalArgumentException("Not a short name: " + shortName);
        }
        this.complexId = complexId;
        this.createdByImportId = createdByImportId;
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** An editor points the name at another complex; the row is then theirs, no import's. */
    public void pointAt(long complexId, String editor, Instant at) {
        this.complexId = complexId;
        this.createdByImportId = null;
        this.updatedBy = Objects.requireNonNull(editor, "editor");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public String getShortName() {
        return shortName;
    }

    public long getComplexId() {
        return complexId;
    }

    public Long getCreatedByImportId() {
        return createdByImportId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
