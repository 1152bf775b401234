package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One complex in a list of the directory, with the figures lists show (as published in the quarter listed):
 * 지정면적 (천㎡), 분양률 (%), 입주업체 and 가동업체, the aged and two-시도 marks, and how many bundle members it has.
 */
public record ComplexListRow(
        long id,
        String slug,
        String name,
        ComplexType type,
        Sido sido,
        String sigun,
        DevelopmentStatus status,
        Figure designatedArea,
        Figure saleRate,
        Figure tenantFirms,
        Figure operatingFirms,
        boolean aged,
        boolean spansTwoRegions,
        long members)
        implements Serializable {

    /** JPQL constructor expression over {@code QuarterlyStatistics s join IndustrialComplex c}. */
    static final String COLUMNS = columns("(select count(m) from QuarterlyStatistics m where m.importId = s.importId"
            + " and m.parentId = s.complexId)");

    /**
     * The columns without the members' count (0), for long lists: H2 runs a subquery of the select list for every
     * row that matches, before the sort and the page, so a page of 20 asked for 1,353 counts. Such lists count the
     * members of their page's rows afterwards ({@link #withMembers}).
     */
    static final String COLUMNS_WITHOUT_MEMBERS = columns("0L");

    private static String columns(String members) {
        return "new kr.co.saenal.sandan.complex.ComplexListRow(c.id, c.slug, s.name,"
                + " s.complexType, s.sido, s.sigun, s.developmentStatus,"
                + " s.designatedArea.value, s.designatedArea.mark, s.saleRate.value, s.saleRate.mark,"
                + " s.tenantFirms.value, s.tenantFirms.mark, s.operatingFirms.value, s.operatingFirms.mark,"
                + " s.aged, s.spansTwoRegions, " + members + ")";
    }

    /** The same row with {@code count} members. */
    ComplexListRow withMembers(long count) {
        return new ComplexListRow(
                id,
                slug,
                name,
                type,
                sido,
                sigun,
                status,
                designatedArea,
                saleRate,
                tenantFirms,
                operatingFirms,
                aged,
                spansTwoRegions,
                count);
    }

    /** The row as JPQL selects it: each figure as its two columns. */
    public ComplexListRow(
            Long id,
            String slug,
            String name,
            ComplexType type,
            Sido sido,
            String sigun,
            DevelopmentStatus status,
            BigDecimal designatedArea,
            Mark designatedAreaMark,
            BigDecimal saleRate,
            Mark saleRateMark,
            BigDecimal tenantFirms,
            Mark tenantFirmsMark,
            BigDecimal operatingFirms,
            Mark operatingFirmsMark,
            Boolean aged,
            Boolean spansTwoRegions,
            Long members) {
        this(
                id,
                slug,
                name,
                type,
                sido,
                sigun,
                status,
                Figure.ofColumns(designatedArea, designatedAreaMark),
                Figure.ofColumns(saleRate, saleRateMark),
                Figure.ofColumns(tenantFirms, tenantFirmsMark),
                Figure.ofColumns(operatingFirms, operatingFirmsMark),
                aged,
                spansTwoRegions,
                members);
    }

    /** The complex's address: {@code /complexes/812/남동-재생사업지구}. */
    public String path() {
        return ComplexPaths.of(id, slug);
    }
}
