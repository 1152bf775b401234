package kr.co.saenal.sandan.security;

import java.time.LocalDate;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.QueryConditions;

/**
 * Which access records an administrator is looking for: a staff username (part of it, any case), one action,
 * days in Korea's calendar (both ends included) and one inquiry number. Every part is optional.
 */
public record AccessLogFilter(String staffUsername, AccessAction action, LocalDate from, LocalDate to, Long inquiryId) {

    /** Records naming the inquiry {@code :inquiry}: found through the join table's index on the inquiry. */
    static final String NAMES_INQUIRY =
            "r.id in (select x.id from AccessRecord x join x.inquiryIds n where n = :inquiry)";

    public static AccessLogFilter none() {
        return new AccessLogFilter(null, null, null, null, null);
    }

    /** The conditions over {@code AccessRecord r}. */
    QueryConditions conditions() {
        QueryConditions where = new QueryConditions();
        if (staffUsername != null && !staffUsername.isBlank()) {
            where.add("lower(r.staffUsername) like :staff " + QueryConditions.LIKE_ESCAPE)
                    .bind("staff", QueryConditions.containing(staffUsername.strip()));
        }
        if (action != null) {
            where.add("r.action = :action").bind("action", action);
        }
        if (from != null) {
            where.add("r.accessedAt >= :from")
                    .bind("from", from.atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        if (to != null) {
            where.add("r.accessedAt < :to")
                    .bind("to", to.plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant());
        }
        if (inquiryId != null) {
            where.add(NAMES_INQUIRY).bind("inquiry", inquiryId);
        }
        return where;
    }
}
