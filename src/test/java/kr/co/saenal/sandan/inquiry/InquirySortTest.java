package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InquirySortTest {

    @Test
    void aKnownColumnSortsEitherWayWithNewestFirstBreakingTies() {
        assertEquals(
                " order by i.company asc nulls last, i.receivedAt desc, i.id desc",
                new InquirySort("company", true).orderBy());
        assertEquals(" order by i.id desc, i.receivedAt desc, i.id desc", new InquirySort("id", false).orderBy());
    }

    @Test
    void anythingElseSortsNewestFirst() {
        assertEquals(InquirySort.NEWEST, new InquirySort("i.name; drop table inquiry", true));
        assertEquals(InquirySort.NEWEST, new InquirySort(null, true));
    }
}
