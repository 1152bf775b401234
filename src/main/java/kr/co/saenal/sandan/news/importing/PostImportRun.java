package kr.co.saenal.sandan.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One import that was written: the file, who and when, what it created, and its report (what it left out and why,
 * one {@link ReportLine} a line).
 */
@Entity
@Table(name = "news_import")
public class PostImportRun {

    static final int MAX_REPORT_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 10)
    private FeedKind fileKind;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "posts_created", nullable = false)
    private int postsCreated;

    @Column(name = "items_skipped", nullable = false)
    private int itemsSkipped;

    @Column(name = "comments_created", nullable = false)
    private int commentsCreated;

    @Column(name = "images_stored", nullable = false)
    private int imagesStored;

    @Column(name = "images_failed", nullable = false)
    private int imagesFailed;

    @Column(nullable = false, length = MAX_REPORT_LENGTH)
    private String report;

    protected PostImportRun() {}

    PostImportRun(String fileName, FeedKind kind, String importedBy, Instant at) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileKind = Objects.requireNonNull(kind, "kind");
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(at, "at");
        this.report = "";
    }

    /** What the import did, set once it is done. */
    void done(int posts, int skipped, int comments, int imagesStored, int imagesFailed, List<ReportLine> lines) {
        this.postsCreated = posts;
        this.itemsSkipped = skipped;
        this.commentsCreated = comments;
        this.imagesStored = imagesStored;
        this.imagesFailed = imagesFailed;
        StringBuilder text = new StringBuilder();
        for (ReportLine line : lines) {
            String next = line.encoded() + "\n";
            if (text.length() + next.length() > MAX_REPORT_LENGTH) {
                break;
            }
            text.append(next);
        }
        this.report = text.toString();
    }

    public ImportSummary summary() {
        List<ReportLine> lines = new ArrayList<>();
        report.lines().filter(l -> !l.isBlank()).map(ReportLine::decoded).forEach(lines::add);
        return new ImportSummary(
                id,
                fileName,
                fileKind,
                importedBy,
                importedAt,
                postsCreated,
                itemsSkipped,
                commentsCreated,
                imagesStored,
                imagesFailed,
                lines);
    }

    public Long getId() {
        return id;
    }
}
