package kr.co.saenal.sandan.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.QueryConditions;

/**
 * Which inquiries a consultant is looking for: one status or all; one assignee's ({@code assignee}: a username),
 * the unassigned ones ({@code ""}) or all ({@code null}); a text found in the name or the company (any case) or,
 * when it is written like a phone number, in the phone number's digits (with or without hyphens); one topic or all;
 * received on or after {@code receivedFrom} and on or before {@code receivedTo} (Korean dates; either may be null);
 * when {@code overdueAt} is given, only those still waiting for their first response after their target; and, when
 * {@code unfinishedOnly}, only those not finished yet (접수 or 상담 중, what the dashboard counts as 처리 중).
 */
public record InquirySearch(
        InquiryStatus status,
        String text,
        String assignee,
        InquiryTopic topic,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        Instant overdueAt,
        boolean unfinishedOnly) {

    public static final int MAX_TEXT_LENGTH = 100;

    /** Digits with the separators people type in phone numbers. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[\\d\\s.\\-()+]*\\d[\\d\\s.\\-()+]*");

    public InquirySearch {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
    }

    public InquirySearch(InquiryStatus status, String text, String assignee) {
        this(status, text, assignee, null, null, null, null, false);
    }

    public InquirySearch(InquiryStatus status, String text) {
        this(status, text, null);
    }

    public static InquirySearch all() {
        return new InquirySearch(null, "");
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The conditions over {@code Inquiry i}. */
    public QueryConditions conditions() {
        QueryConditions where = new QueryConditions();
        if (status != null) {
            where.add("i.status = :status").bind("status", status);
        }
        if (assignee != null && assignee.isEmpty()) {
            where.add("i.assignee is null");
        } else if (assignee != null) {
            where.add("i.assignee = :assignee").bind("assignee", assignee);
        }
        if (topic != null) {
            where.add("i.topic = :topic").bind("topic", topic);
        }
        if (receivedFrom != null) {
            where.add("i.receivedAt >= :receivedFrom")
                    .bind(
                            "receivedFrom",
                            receivedFrom.atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        if (receivedTo != null) {
            where.add("i.receivedAt < :receivedBefore")
                    .bind(
                            "receivedBefore",
                            receivedTo.plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        if (overdueAt != null) {
            where.add("i.status = :waiting and i.respondBy < :overdueAt and i.destroyedAt is null")
                    .bind("waiting", InquiryStatus.RECEIVED)
                    .bind("overdueAt", overdueAt);
        }
        if (unfinishedOnly) {
            where.add("i.status in :unfinished").bind("unfinished", InquiryStatus.unfinished());
        }
        if (hasText()) {
            String byName = "lower(i.name) like :text " + QueryConditions.LIKE_ESCAPE
                    + " or lower(coalesce(i.company, '')) like :text " + QueryConditions.LIKE_ESCAPE;
            where.bind("text", QueryConditions.containing(text));
            if (PHONE_LIKE.matcher(text).matches()) {
                // function(... as String): WildFly runs Hibernate in strict JPA mode, where replace() is not JPQL
                where.add("(" + byName + " or function('replace' as String, i.phone, '-', '') like :digits)")
                        .bind("digits", "%" + text.replaceAll("\\D", "") + "%");
            } else {
                where.add("(" + byName + ")");
            }
        }
        return where;
    }
}
