package kr.co.saenal.sandan.admin;

import java.time.LocalDate;

/** Inquiries received in the week (Monday to Sunday, Korean time) starting on {@code monday}. */
public record WeeklyCount(LocalDate monday, long count, int percentOfMax) {

    public String getLabel() {
        return monday.getMonthValue() + "/" + monday.getDayOfMonth();
    }
}
