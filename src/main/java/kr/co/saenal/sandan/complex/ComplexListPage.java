package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.platform.Paging;

/**
 * One page of the directory's list: the quarter its figures are of ({@code null} before the first import), the
 * rows, and where the page stands among all matches ({@code paging().total()} is the count of matches).
 */
public record ComplexListPage(Quarter quarter, List<ComplexListRow> rows, Paging paging) implements Serializable {

    public ComplexListPage {
        rows = List.copyOf(rows);
    }

    public long total() {
        return paging.total();
    }
}
