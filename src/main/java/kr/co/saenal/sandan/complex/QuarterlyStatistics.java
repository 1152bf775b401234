package kr.co.saenal.sandan.complex;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A complex's figures of one quarter as one import of the statistics workbook read them, with the complex's identity
 * as published then (so that an older quarter imported later still finds the complex after a rename) and the bundle
 * it belonged to ({@code parentId}; {@code null} for the complexes of 상위단지).
 */
@Entity
@Table(name = "complex_statistics")
@IdClass(QuarterlyStatistics.Key.class)
public class QuarterlyStatistics {

    /** The primary key: one row per import and complex. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long importId;
        private Long complexId;

        public Key() {}

        public Key(Long importId, Long complexId) {
            this.importId = importId;
            this.complexId = complexId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(importId, that.importId)
                    && Objects.equals(complexId, that.complexId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, complexId);
        }
    }

    @Id
    private Long importId;

    @Id
    private Long complexId;

    @Column(nullable = false)
    private int sheetRow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplexType complexType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sido sido;

    @Column(nullable = false, length = 60)
    private String sigun;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean bundleMember;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DevelopmentStatus developmentStatus;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "designated_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "designated_area_mark"))
    private Figure designatedArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "managed_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "managed_area_mark"))
    private Figure managedArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "industrial_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "industrial_area_mark"))
    private Figure industrialArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "saleable_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "saleable_area_mark"))
    private Figure saleableArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "sold_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "sold_area_mark"))
    private Figure soldArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "unsold_area"))
    @AttributeOverride(name = "mark", column = @Column(name = "unsold_area_mark"))
    private Figure unsoldArea;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "sale_rate"))
    @AttributeOverride(name = "mark", column = @Column(name = "sale_rate_mark"))
    private Figure saleRate;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "tenant_firms"))
    @AttributeOverride(name = "mark", column = @Column(name = "tenant_firms_mark"))
    private Figure tenantFirms;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "operating_firms"))
    @AttributeOverride(name = "mark", column = @Column(name = "operating_firms_mark"))
    private Figure operatingFirms;

    @Column(nullable = false)
    private boolean aged;

    @Column(nullable = false)
    private boolean spansTwoRegions;

    protected QuarterlyStatistics() {}

    public QuarterlyStatistics(
            long importId,
            long complexId,
            int sheetRow,
            ComplexKey published,
            String publishedName,
            String publishedSigun,
            Long parentId,
            DevelopmentStatus developmentStatus,
            StatisticsFigures figures,
            boolean aged,
            boolean spansTwoRegions) {
        this.importId = importId;
        this.complexId = complexId;
        this.sheetRow = sheetRow;
        this.complexType = published.type();
        this.sido = published.sido();
        this.sigun = ComplexKey.cleanText(publishedSigun);
        this.name = ComplexKey.cleanText(publishedName);
        this.bundleMember = published.member();
        this.parentId = parentId;
        this.developmentStatus = Objects.requireNonNull(developmentStatus, "developmentStatus");
        StatisticsFigures stored = figures.stored();
        this.designatedArea = stored.designatedArea();
        this.managedArea = stored.managedArea();
        this.industrialArea = stored.industrialArea();
        this.saleableArea = stored.saleableArea();
        this.soldArea = stored.soldArea();
        this.unsoldArea = stored.unsoldArea();
        this.saleRate = stored.saleRate();
        this.tenantFirms = stored.tenantFirms();
        this.operatingFirms = stored.operatingFirms();
        this.aged = aged;
        this.spansTwoRegions = spansTwoRegions;
    }

    public StatisticsFigures figures() {
        return new StatisticsFigures(
                designatedArea,
                managedArea,
                industrialArea,
                saleableArea,
                soldArea,
                unsoldArea,
                saleRate,
                tenantFirms,
                operatingFirms);
    }

    /** The identity the complex was published under in this quarter. */
    public ComplexKey publishedKey() {
        return new ComplexKey(complexType, sido, sigun, name, bundleMember);
    }

    public Long getImportId() {
        return importId;
    }

    public Long getComplexId() {
        return complexId;
    }

    public int getSheetRow() {
        return sheetRow;
    }

    public ComplexType getComplexType() {
        return complexType;
    }

    public Sido getSido() {
        return sido;
    }

    public String getSigun() {
        return sigun;
    }

    public String getName() {
        return name;
    }

    public boolean isBundleMember() {
        return bundleMember;
    }

    public Long getParentId() {
        return parentId;
    }

    public DevelopmentStatus getDevelopmentStatus() {
        return developmentStatus;
    }

    public boolean isAged() {
        return aged;
    }

    public boolean isSpansTwoRegions() {
        return spansTwoRegions;
    }
}
