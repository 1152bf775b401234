package kr.co.saenal.sandan.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * One line of the access log as the administrators' page shows it. {@code inquiryIds} holds at most
 * {@link AccessLog#SHOWN_INQUIRIES} numbers; {@code inquiryCount} says how many the record names.
 */
public record AccessEntry(
        long id,
        Instant accessedAt,
        String staffUsername,
        String clientAddress,
        AccessAction action,
        String fileFormat,
        String reason,
        List<Long> inquiryIds,
        long inquiryCount)
        implements Serializable {

    public String getAccessedAtText() {
        return KoreanTime.compact(accessedAt);
    }

    /** The action in words, with the format of a download: 다운로드 (CSV). */
    public String getActionText() {
        return fileFormat == null ? action.label() : action.label() + " (" + fileFormat + ")";
    }

    /** How many inquiries the record names beyond those in {@link #inquiryIds()}. */
    public long getMoreInquiries() {
        return inquiryCount - inquiryIds.size();
    }
}
