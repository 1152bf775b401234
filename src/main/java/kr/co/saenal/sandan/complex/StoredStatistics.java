package kr.co.saenal.sandan.complex;

import java.io.Serializable;

/**
 * A complex's row of one statistics import as stored, with the name its bundle had in that import ({@code null} for
 * a complex of 상위단지): what the next workbook is compared with.
 */
public record StoredStatistics(
        long complexId,
        ComplexKey key,
        String name,
        String sigun,
        DevelopmentStatus status,
        StatisticsFigures figures,
        boolean aged,
        boolean spansTwoRegions,
        Long parentId,
        String parentName)
        implements Serializable {

    static StoredStatistics of(QuarterlyStatistics s, String parentName) {
        return new StoredStatistics(
                s.getComplexId(),
                s.publishedKey(),
                s.getName(),
                s.getSigun(),
                s.getDevelopmentStatus(),
                s.figures(),
                s.isAged(),
                s.isSpansTwoRegions(),
                s.getParentId(),
                parentName);
    }
}
