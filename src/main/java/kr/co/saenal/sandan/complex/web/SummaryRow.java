package kr.co.saenal.sandan.complex.web;

import kr.co.saenal.sandan.complex.AreaSummary;
import kr.co.saenal.sandan.complex.ComplexType;

/** One line of a summary table: a type's sums, or all types' ({@code type} {@code null}). */
public record SummaryRow(ComplexType type, AreaSummary sums) {

    public boolean isTotal() {
        return type == null;
    }
}
