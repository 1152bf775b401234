package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Every complex matching a query, in the query's order, not paged: the quarter its figures are of and when that
 * import was made ({@code null} both before the first import).
 */
public record DirectoryExport(Quarter quarter, Instant importedAt, List<ComplexExportRow> rows)
        implements Serializable {

    public DirectoryExport {
        rows = List.copyOf(rows);
    }
}
