package kr.co.saenal.sandan.inquiry;

import java.io.Serializable;
import java.util.Map;

/**
 * The order of an inquiry list: one of the columns a consultant can sort by ({@link #COLUMNS}, keyed as the table's
 * columns and the address's {@code sort} name them), up or down; ties newest first. Anything else sorts by the
 * received time, newest first.
 */
public record InquirySort(String column, boolean ascending) implements Serializable {

    public static final String RECEIVED = "received";

    /** Column name to the JPQL path over {@code Inquiry i}. */
    static final Map<String, String> COLUMNS = Map.of(
            "id",
            "i.id",
            "company",
            "i.company",
            "topic",
            "i.topic",
            "status",
            "i.status",
            "assignee",
            "i.assignee",
            RECEIVED,
            "i.receivedAt",
            "respondBy",
            "i.respondBy");

    public static final InquirySort NEWEST = new InquirySort(RECEIVED, false);

    public InquirySort {
        if (column == null || !COLUMNS.containsKey(column)) {
            column = RECEIVED;
            ascending = false;
        }
    }

    public static boolean sortable(String column) {
        return column != null && COLUMNS.containsKey(column);
    }

    /** The JPQL {@code order by} clause, with the received time and the number breaking ties (newest first). */
    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        String path = COLUMNS.get(column);
        String nulls = ascending ? " nulls last" : " nulls first";
        return " order by " + path + direction + (path.equals("i.id") || path.equals("i.receivedAt") ? "" : nulls)
                + ", i.receivedAt desc, i.id desc";
    }
}
