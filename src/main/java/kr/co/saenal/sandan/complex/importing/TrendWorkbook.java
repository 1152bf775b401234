package kr.co.saenal.sandan.complex.importing;

import java.util.List;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.WorkbookKind;

/** The trend workbook read: one row per short name, in table 1's order. */
public record TrendWorkbook(WorkbookFile file, Quarter quarter, List<TrendRow> rows, List<RowProblem> problems)
        implements ParsedWorkbook {

    public TrendWorkbook {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    @Override
    public WorkbookKind kind() {
        return WorkbookKind.TREND;
    }

    @Override
    public int rowCount() {
        return rows.size();
    }
}
