package kr.co.saenal.sandan.admin;

import java.time.LocalDate;

/**
 * What the dashboard shows: inquiries waiting and the state of the news; {@code lastSevenDaysFrom} is the first day
 * {@code inquiriesThisWeek} counts, for the card's link to the list.
 */
public record DashboardFigures(
        long newInquiries,
        long overdueInquiries,
        long openInquiries,
        long inquiriesThisWeek,
        LocalDate lastSevenDaysFrom,
        long publishedPosts,
        long scheduledPosts,
        long draftPosts,
        long mailProblems) {}
