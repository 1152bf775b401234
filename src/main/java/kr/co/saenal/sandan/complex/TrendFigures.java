package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One short name's figures of a quarter in the trend workbook (none of them {@code null}). */
public record TrendFigures(
        Figure tenantFirms,
        Figure operatingFirms,
        Figure leasingFirms,
        Figure production,
        Figure exports,
        Figure employment,
        Figure utilizationRate)
        implements Serializable {

    public TrendFigures {
        Objects.requireNonNull(tenantFirms, "tenantFirms");
        Objects.requireNonNull(operatingFirms, "operatingFirms");
        Objects.requireNonNull(leasingFirms, "leasingFirms");
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(utilizationRate, "utilizationRate");
    }

    public static TrendFigures of(Map<TrendField, Figure> figures) {
        return new TrendFigures(
                figures.get(TrendField.TENANT_FIRMS),
                figures.get(TrendField.OPERATING_FIRMS),
                figures.get(TrendField.LEASING_FIRMS),
                figures.get(TrendField.PRODUCTION),
                figures.get(TrendField.EXPORTS),
                figures.get(TrendField.EMPLOYMENT),
                figures.get(TrendField.UTILIZATION_RATE));
    }

    public Figure get(TrendField field) {
        return switch (field) {
            case TENANT_FIRMS -> tenantFirms;
            case OPERATING_FIRMS -> operatingFirms;
            case LEASING_FIRMS -> leasingFirms;
            case PRODUCTION -> production;
            case EXPORTS -> exports;
            case EMPLOYMENT -> employment;
            case UTILIZATION_RATE -> utilizationRate;
        };
    }

    public Map<TrendField, Figure> asMap() {
        Map<TrendField, Figure> map = new EnumMap<>(TrendField.class);
        for (TrendField field : TrendField.values()) {
            map.put(field, get(field));
        }
        return map;
    }

    public TrendFigures stored() {
        Map<TrendField, Figure> map = new EnumMap<>(TrendField.class);
        for (TrendField field : TrendField.values()) {
            map.put(field, get(field).scaled(field.scale()));
        }
        return of(map);
    }
}
