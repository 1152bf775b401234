package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A complex's figures of one quarter in the statistics workbook (none of them {@code null}). */
public record StatisticsFigures(
        Figure designatedArea,
        Figure managedArea,
        Figure industrialArea,
        Figure saleableArea,
        Figure soldArea,
        Figure unsoldArea,
        Figure saleRate,
        Figure tenantFirms,
        Figure operatingFirms)
        implements Serializable {

    public StatisticsFigures {
        Objects.requireNonNull(designatedArea, "designatedArea");
        Objects.requireNonNull(managedArea, "managedArea");
        Objects.requireNonNull(industrialArea, "industrialArea");
        Objects.requireNonNull(saleableArea, "saleableArea");
        Objects.requireNonNull(soldArea, "soldArea");
        Objects.requireNonNull(unsoldArea, "unsoldArea");
        Objects.requireNonNull(saleRate, "saleRate");
        Objects.requireNonNull(tenantFirms, "tenantFirms");
        Objects.requireNonNull(operatingFirms, "operatingFirms");
    }

    /** The figures from a map holding every field. */
    public static StatisticsFigures of(Map<StatisticsField, Figure> figures) {
        return new StatisticsFigures(
                figures.get(StatisticsField.DESIGNATED_AREA),
                figures.get(StatisticsField.MANAGED_AREA),
                figures.get(StatisticsField.INDUSTRIAL_AREA),
                figures.get(StatisticsField.SALEABLE_AREA),
                figures.get(StatisticsField.SOLD_AREA),
                figures.get(StatisticsField.UNSOLD_AREA),
                figures.get(StatisticsField.SALE_RATE),
                figures.get(StatisticsField.TENANT_FIRMS),
                figures.get(StatisticsField.OPERATING_FIRMS));
    }

    public Figure get(StatisticsField field) {
        return switch (field) {
            case DESIGNATED_AREA -> designatedArea;
            case MANAGED_AREA -> managedArea;
            case INDUSTRIAL_AREA -> industrialArea;
            case SALEABLE_AREA -> saleableArea;
            case SOLD_AREA -> soldArea;
            case UNSOLD_AREA -> unsoldArea;
            case SALE_RATE -> saleRate;
            case TENANT_FIRMS -> tenantFirms;
            case OPERATING_FIRMS -> operatingFirms;
        };
    }

    /** Every field with its figure, in the workbook's order. */
    public Map<StatisticsField, Figure> asMap() {
        Map<StatisticsField, Figure> map = new EnumMap<>(StatisticsField.class);
        for (StatisticsField field : StatisticsField.values()) {
            map.put(field, get(field));
        }
        return map;
    }

    /** The figures as the database keeps them (each rounded to its field's decimals). */
    public StatisticsFigures stored() {
        Map<StatisticsField, Figure> map = new EnumMap<>(StatisticsField.class);
        for (StatisticsField field : StatisticsField.values()) {
            map.put(field, get(field).scaled(field.scale()));
        }
        return of(map);
    }
}
