package kr.co.saenal.sandan.complex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/**
 * One workbook brought in: which kind and quarter, the file (name, size, SHA-256), who and when. Its figures are the
 * ones shown for its quarter while it is current; importing the quarter again makes the new import current and
 * keeps this one, so that undoing the new import can restore it.
 */
@Entity
@EntityListeners(PublicContentListener.class)
@Table(name = "complex_import")
public class WorkbookImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkbookKind kind;

    @Column(nullable = false)
    private int periodYear;

    @Column(nullable = false)
    private int periodQuarter;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private long byteSize;

    @Column(nullable = false)
    private int rowCount;

    @Column(nullable = false, length = 60)
    private String importedBy;

    @Column(nullable = false)
    private Instant importedAt;

    @Column(nullable = false)
    private boolean currentFigures;

    private Long replacedImportId;

    protected WorkbookImport() {}

    public WorkbookImport(
            WorkbookKind kind,
            Quarter quarter,
            String fileName,
            String sha256,
            long byteSize,
            int rowCount,
            String importedBy,
            Instant importedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.periodYear = quarter.year();
        this.periodQuarter = quarter.quarter();
        this.fileName = shorten(Objects.requireNonNull(fileName, "fileName"), 255);
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.byteSize = byteSize;
        this.rowCount = rowCount;
        this.importedBy = shorten(Objects.requireNonNull(importedBy, "importedBy"), 60);
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.currentFigures = true;
    }

    /** This import takes over {@code earlier}'s quarter: its figures stop being shown, and are kept for an undo. */
    public void replace(WorkbookImport earlier) {
        if (earlier.kind != kind || !earlier.quarter().equals(quarter())) {
            throw new IllegalArgumentException("An import replaces one of the same kind and quarter");
        }
        earlier.currentFigures = false;
        this.replacedImportId = earlier.id;
    }

    /** Shows this import's figures for its quarter again (the import that replaced it was undone). */
    public void restore() {
        this.currentFigures = true;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public WorkbookKind getKind() {
        return kind;
    }

    public Quarter quarter() {
        return new Quarter(periodYear, periodQuarter);
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getByteSize() {
        return byteSize;
    }

    public int getRowCount() {
        return rowCount;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public boolean isCurrentFigures() {
        return currentFigures;
    }

    public Long getReplacedImportId() {
        return replacedImportId;
    }
}
