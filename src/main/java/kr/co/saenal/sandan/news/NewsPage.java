package kr.co.saenal.sandan.news;

import java.util.List;
import kr.co.saenal.sandan.platform.Paging;

/** One page of a news list; pages are numbered from 1. */
public record NewsPage(List<NewsSummary> items, int page, int size, long total) {

    public Paging getPaging() {
        return new Paging(page, size, total);
    }

    public int getTotalPages() {
        return getPaging().getTotalPages();
    }

    public boolean getHasPrevious() {
        return getPaging().getHasPrevious();
    }

    public boolean getHasNext() {
        return getPaging().getHasNext();
    }

    /** Page numbers to offer around the current one (at most 5). */
    public List<Integer> getNearbyPages() {
        return getPaging().getNearbyPages();
    }
}
