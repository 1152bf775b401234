package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A question to the directory: filters (each {@code null} when not asked), the sort and the page (from 1). The
 * text finds complexes whose name or 시군 contains it (남동 finds 남동[재생사업지구] and the other complexes of
 * 남동구). {@code ascending} {@code null} takes the sort's natural direction (names A–Z, figures largest first).
 */
public record ComplexListQuery(
        Sido sido,
        ComplexType type,
        DevelopmentStatus status,
        Boolean aged,
        BigDecimal minSaleRate,
        BigDecimal maxSaleRate,
        String text,
        ComplexSort sort,
        Boolean ascending,
        int page,
        int size)
        implements Serializable {

    public static final int MAX_PAGE_SIZE = 100;

    public ComplexListQuery {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        sort = sort == null ? ComplexSort.NAME : sort;
        text = text == null || text.isBlank() ? null : ComplexKey.cleanText(text);
    }

    /** Every complex, by name, the first page of {@code size}. */
    public static ComplexListQuery all(int size) {
        return new ComplexListQuery(null, null, null, null, null, null, null, ComplexSort.NAME, null, 1, size);
    }

    public ComplexListQuery withPage(int page) {
        return new ComplexListQuery(
                sido, type, status, aged, minSaleRate, maxSaleRate, text, sort, ascending, page, size);
    }

    /** Whether the list runs A–Z / smallest first. */
    public boolean isAscending() {
        return ascending != null ? ascending : sort == ComplexSort.NAME;
    }
}
