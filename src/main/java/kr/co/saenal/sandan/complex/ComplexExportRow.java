package kr.co.saenal.sandan.complex;

import java.io.Serializable;

/**
 * One complex of the directory's list with every figure KICOX publishes for it in the quarter listed (what the CSV
 * download writes; the list's {@link ComplexListRow} has only the four figures lists show).
 */
public record ComplexExportRow(
        long id,
        String slug,
        String name,
        ComplexType type,
        Sido sido,
        String sigun,
        DevelopmentStatus status,
        StatisticsFigures figures,
        boolean aged,
        boolean spansTwoRegions)
        implements Serializable {

    public String path() {
        return ComplexPaths.of(id, slug);
    }
}
