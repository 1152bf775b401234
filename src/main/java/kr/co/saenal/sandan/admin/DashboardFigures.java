package kr.co.saenal.sandan.admin;

/** What the dashboard shows: inquiries waiting and the state of the news. */
public record DashboardFigures(
        long newInquiries,
        long overdueInquiries,
        long openInquiries,
        long inquiriesThisWeek,
        long publishedPosts,
        long scheduledPosts,
        long draftPosts,
        long mailProblems) {}
