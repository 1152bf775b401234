package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.StatisticsFigures;

/**
 * One complex read from the statistics workbook: a complex of 상위단지 ({@code parent == null}) or a member of a
 * bundle from 전국산업단지현황 ({@code parent} is the bundle's key). {@code name} and {@code sigun} are as
 * published (markers like ① and (① + ②) removed); {@code key} compares them in matching form.
 */
public record StatisticsRow(
        String sheet,
        int sheetRow,
        ComplexKey key,
        String name,
        String sigun,
        ComplexKey parent,
        DevelopmentStatus status,
        StatisticsFigures figures,
        boolean aged,
        boolean spansTwoRegions)
        implements Serializable {

    public boolean member() {
        return parent != null;
    }

    StatisticsRow markedAged() {
        return new StatisticsRow(sheet, sheetRow, key, name, sigun, parent, status, figures, true, spansTwoRegions);
    }

    StatisticsRow markedSpanning() {
        return new StatisticsRow(sheet, sheetRow, key, name, sigun, parent, status, figures, aged, true);
    }
}
