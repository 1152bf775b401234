package kr.co.saenal.sandan.news.importing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An import as the back office shows it: its counts and its report. */
public record ImportSummary(
        long id,
        String fileName,
        FeedKind kind,
        String importedBy,
        Instant importedAt,
        int postsCreated,
        int itemsSkipped,
        int commentsCreated,
        int imagesStored,
        int imagesFailed,
        List<ReportLine> report)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportSummary {
        report = List.copyOf(report);
    }

    public List<ReportLine> images() {
        return report.stream().filter(l -> l.kind() == ReportLine.Kind.IMAGE).toList();
    }

    public List<ReportLine> items() {
        return report.stream().filter(l -> l.kind() == ReportLine.Kind.ITEM).toList();
    }
}
