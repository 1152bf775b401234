package kr.co.saenal.sandan.platform;

import java.util.List;
import java.util.stream.IntStream;

/** Where a page stands in a long list; pages are numbered from 1. */
public record Paging(int page, int size, long total) {

    public int getTotalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean getHasPrevious() {
        return page > 1;
    }

    public boolean getHasNext() {
        return page < getTotalPages();
    }

    /** Page numbers to offer around the current one (at most 5). */
    public List<Integer> getNearbyPages() {
        int first = Math.max(1, Math.min(page - 2, getTotalPages() - 4));
        int last = Math.min(getTotalPages(), first + 4);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** A page number from a query parameter: 1 when absent, -1 (no such page) when it is not a number. */
    public static int parsePage(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
