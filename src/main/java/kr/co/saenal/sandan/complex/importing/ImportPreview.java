package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.WorkbookKind;

/**
 * What importing a workbook would do, found without changing anything: its kind, file and quarter; the import it is
 * compared with ({@code baseline}: the current import of the same quarter, which it would replace, else the newest
 * one of its kind; {@code null} for the first); complexes (or short names) new, changed and missing; the rows it
 * cannot use; for a trend workbook, the short names no complex is mapped to. {@code lastImportId} is the newest
 * import when the dry run was made: applying refuses if another import came in between.
 */
public record ImportPreview(
        WorkbookKind kind,
        WorkbookFile file,
        Quarter quarter,
        ImportRecord baseline,
        boolean replacesQuarter,
        Quarter latestQuarter,
        int rowCount,
        List<PreviewRow> added,
        List<PreviewRow> changed,
        List<PreviewRow> missing,
        int unchanged,
        List<RowProblem> problems,
        List<String> unmatchedShortNames,
        Long lastImportId)
        implements Serializable {

    public ImportPreview {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
        unmatchedShortNames = List.copyOf(unmatchedShortNames);
    }

    /** Whether the workbook's quarter is older than the newest one imported (allowed: it is kept as history). */
    public boolean olderThanLatest() {
        return latestQuarter != null && quarter.isBefore(latestQuarter);
    }

    /** The rows left out of the import (the other problems are notes). */
    public List<RowProblem> skippedRows() {
        return problems.stream().filter(RowProblem::skipped).toList();
    }
}
