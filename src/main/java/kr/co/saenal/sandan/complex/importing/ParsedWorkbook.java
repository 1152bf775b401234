package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.WorkbookKind;

/** A workbook read and recognised: its kind, quarter, rows, and the rows it could not use. */
public sealed interface ParsedWorkbook extends Serializable permits StatisticsWorkbook, TrendWorkbook {

    WorkbookKind kind();

    WorkbookFile file();

    Quarter quarter();

    List<RowProblem> problems();

    /** How many rows will be stored. */
    int rowCount();

    /** The rows left out because something in them could not be read (the other problems are notes). */
    default List<RowProblem> skippedRows() {
        return problems().stream().filter(RowProblem::skipped).toList();
    }
}
