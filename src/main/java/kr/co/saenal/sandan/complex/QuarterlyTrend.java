package kr.co.saenal.sandan.complex;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One short name's figures of a quarter as one import of the trend workbook read them. Which complex a short name
 * means is the mapping's business ({@link ShortNameMapping}), so a corrected mapping applies to every quarter.
 */
@Entity
@Table(name = "complex_trend")
@IdClass(QuarterlyTrend.Key.class)
public class QuarterlyTrend {

    /** The primary key: one row per import and short name. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long importId;
        private String shortName;

        public Key() {}

        public Key(Long importId, String shortName) {
            this.importId = importId;
            this.shortName = shortName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(importId, that.importId)
                    && Objects.equals(shortName, that.shortName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, shortName);
        }
    }

    @Id
    private Long importId;

    @Id
    @Column(length = 60)
    private String shortName;

    @Column(nullable = false)
    private int sheetRow;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "tenant_firms"))
    @AttributeOverride(name = "mark", column = @Column(name = "tenant_firms_mark"))
    private Figure tenantFirms;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "operating_firms"))
    @AttributeOverride(name = "mark", column = @Column(name = "operating_firms_mark"))
    private Figure operatingFirms;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "leasing_firms"))
    @AttributeOverride(name = "mark", column = @Column(name = "leasing_firms_mark"))
    private Figure leasingFirms;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "production"))
    @AttributeOverride(name = "mark", column = @Column(name = "production_mark"))
    private Figure production;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "exports"))
    @AttributeOverride(name = "mark", column = @Column(name = "exports_mark"))
    private Figure exports;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "employment"))
    @AttributeOverride(name = "mark", column = @Column(name = "employment_mark"))
    private Figure employment;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "utilization_rate"))
    @AttributeOverride(name = "mark", column = @Column(name = "utilization_rate_mark"))
    private Figure utilizationRate;

    protected QuarterlyTrend() {}

    public QuarterlyTrend(long importId, String shortName, int sheetRow, TrendFigures figures) {
        this.importId = importId;
        this.shortName = ComplexKey.matchForm(shortName);
        this.sheetRow = sheetRow;
        TrendFigures stored = figures.stored();
        this.tenantFirms = stored.tenantFirms();
        this.operatingFirms = stored.operatingFirms();
        this.leasingFirms = stored.leasingFirms();
        this.production = stored.production();
        this.exports = stored.exports();
        this.employment = stored.employment();
        this.utilizationRate = stored.utilizationRate();
    }

    public TrendFigures figures() {
        return new TrendFigures(
                tenantFirms, operatingFirms, leasingFirms, production, exports, employment, utilizationRate);
    }

    public Long getImportId() {
        return importId;
    }

    public String getShortName() {
        return shortName;
    }

    public int getSheetRow() {
        return sheetRow;
    }
}
