package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Writes and reads the access log of personal data. Writing joins the caller's transaction, so that a look at
 * personal data and its record are committed together or not at all.
 */
@ApplicationScoped
public class AccessLog {

    @Inject
    AccessRecordRepository records;

    @Inject
    Clock clock;

    /** How many inquiry numbers one line of {@link #search} carries; an export names up to thousands. */
    public static final int SHOWN_INQUIRIES = 20;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String staffUsername,
            String clientAddress,
            AccessAction action,
            Collection<Long> inquiryIds,
            String reason) {
        records.add(new AccessRecord(clock.instant(), staffUsername, clientAddress, action, inquiryIds, reason, null));
    }

    /** An export: every inquiry in the file, the reason given and the file's format (CSV, XLSX). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordExport(
            String staffUsername, String clientAddress, Collection<Long> inquiryIds, String reason, String fileFormat) {
        records.add(new AccessRecord(
                clock.instant(), staffUsername, clientAddress, AccessAction.EXPORT, inquiryIds, reason, fileFormat));
    }

    /** The records that name this inquiry (openings, changes, exports that included it), newest first. */
    public List<AccessRecord> about(long inquiryId) {
        return records.about(inquiryId);
    }

    /** The exports that included this inquiry and its destruction by hand, oldest first: its history's part. */
    public List<AccessEntry> exportsAndDestructionOf(long inquiryId) {
        return records.about(inquiryId, List.of(AccessAction.EXPORT, AccessAction.DESTROY));
    }

    /** The records the filter finds, newest first. */
    public List<AccessEntry> search(AccessLogFilter filter, int offset, int limit) {
        return records.entries(filter, offset, limit, SHOWN_INQUIRIES);
    }

    public long count(AccessLogFilter filter) {
        return records.count(filter);
    }
}
