package kr.co.saenal.sandan.complex.importing;

import java.util.List;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.WorkbookKind;

/**
 * The statistics workbook read: the complexes of 상위단지 (in their order) and the bundle members of
 * 전국산업단지현황, with the aged (부록4) and two-시도 (부록3) marks.
 */
public record StatisticsWorkbook(
        WorkbookFile file, Quarter quarter, List<StatisticsRow> rows, List<RowProblem> problems)
        implements ParsedWorkbook {

    public StatisticsWorkbook {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    @Override
    public WorkbookKind kind() {
        return WorkbookKind.STATISTICS;
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    /** The complexes of 상위단지 (what the directory lists). */
    public List<StatisticsRow> topRows() {
        return rows.stream().filter(r -> !r.member()).toList();
    }

    /** The members of bundles. */
    public List<StatisticsRow> memberRows() {
        return rows.stream().filter(StatisticsRow::member).toList();
    }
}
