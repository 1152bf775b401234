package kr.co.saenal.sandan.complex.web;

import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.ComplexSort;
import kr.co.saenal.sandan.platform.Paging;

/**
 * One list of complexes as a page shows it: the rows and the addresses around them (other pages, other sorts, the
 * CSV of the same filter, the list's canonical address). On a region's page the 시도 is in the path, so it is left
 * out of the links' parameters.
 */
public final class DirectoryListing {

    private final String path;
    private final ComplexListQuery query;
    private final ComplexListPage page;
    private final boolean sidoInPath;

    DirectoryListing(String path, ComplexListQuery query, ComplexListPage page, boolean sidoInPath) {
        this.path = path;
        this.query = query;
        this.page = page;
        this.sidoInPath = sidoInPath;
    }

    /** The list's path without parameters ({@code /complexes}, {@code /complexes/regions/gyeonggi}). */
    public String getPath() {
        return path;
    }

    public ComplexListQuery getQuery() {
        return query;
    }

    public ComplexListPage getPage() {
        return page;
    }

    public Paging getPaging() {
        return page.paging();
    }

    /** The address of page {@code n} of the same list (for {@code pagination.xhtml}). */
    public String pageLink(int n) {
        return link(query.withPage(n), true);
    }

    /**
     * The address sorting by {@code code} ({@code name}, {@code area}, {@code sale-rate}, {@code tenants}): the
     * sort's natural direction, or the other one when the list is sorted so already; from the first page.
     */
    public String sortLink(String code) {
        ComplexSort sort = sortOf(code);
        Boolean ascending = null;
        if (sort == query.sort()) {
            ascending = !query.isAscending();
        }
        return link(
                new ComplexListQuery(
                        query.sido(),
                        query.type(),
                        query.status(),
                        query.aged(),
                        query.minSaleRate(),
                        query.maxSaleRate(),
                        query.text(),
                        sort,
                        ascending,
                        1,
                        query.size()),
                true);
    }

    /** {@code ascending} or {@code descending} for the column the list is sorted by, else {@code null}. */
    public String ariaSort(String code) {
        if (sortOf(code) != query.sort()) {
            return null;
        }
        return query.isAscending() ? "ascending" : "descending";
    }

    /** Whether the list is sorted by {@code code}. */
    public boolean sortedBy(String code) {
        return sortOf(code) == query.sort();
    }

    /** The sort's code when it is not the default (a hidden field of the filter form keeps it), else {@code null}. */
    public String getSortCode() {
        return ComplexListParameters.of(query, false, size()).get("sort");
    }

    /** {@code asc} or {@code desc} when not the sort's natural direction, else {@code null}. */
    public String getOrderCode() {
        return ComplexListParameters.of(query, false, size()).get("order");
    }

    /** The page size when it is not the default (kept by the filter form), else {@code null}. */
    public String getSizeCode() {
        return query.size() == size() ? null : Integer.toString(query.size());
    }

    /** {@code /complexes.csv} of the same filter and sort, every match (no page). */
    public String getCsvLink() {
        return "/complexes.csv" + ComplexListParameters.queryString(ComplexListParameters.of(query, false, size()));
    }

    /** The list's own address: its filter and page, without a page size that is only a reader's choice. */
    public String getCanonicalPath() {
        return link(query, false) + pagePart(query.page());
    }

    private String pagePart(int n) {
        if (n <= 1) {
            return "";
        }
        return (link(query, false).contains("?") ? "&" : "?") + "page=" + n;
    }

    private String link(ComplexListQuery shown, boolean withPage) {
        Map<String, String> parameters =
                ComplexListParameters.of(shown, withPage, ComplexListParameters.DEFAULT_PAGE_SIZE);
        if (sidoInPath) {
            parameters.remove("sido");
        }
        return path + ComplexListParameters.queryString(parameters);
    }

    private int size() {
        return ComplexListParameters.DEFAULT_PAGE_SIZE;
    }

    private static ComplexSort sortOf(String code) {
        for (ComplexSort sort : ComplexSort.values()) {
            if (ComplexListParameters.code(sort).equals(code)) {
                return sort;
            }
        }
        throw new IllegalArgumentException("No sort " + code);
    }
}
