package kr.co.saenal.sandan.inquiry.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.AccessLog;

/**
 * Takes the inquiries a search finds away as a file, unmasked. Only with a stated reason, at most
 * {@link #MAX_ROWS} at a time, and always written to the access log (every inquiry, the reason, the format) in
 * the transaction that reads them: a file without its record cannot be made.
 */
@ApplicationScoped
@Transactional
public class InquiryExport {

    public static final int MAX_ROWS = 10_000;
    public static final int MIN_REASON_LENGTH = 5;
    public static final int MAX_REASON_LENGTH = 500;

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

    @Inject
    InquiryRepository repository;

    @Inject
    InquiryDesk desk;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /**
     * @throws RuleViolationException field {@code reason} when the reason is missing or too short or long,
     *         field {@code search} when the search finds nothing or more than {@link #MAX_ROWS}
     */
    public ExportFile export(InquirySearch search, ExportFormat format, String reason, StaffActor staff) {
        String stated = checkedReason(reason);
        long found = desk.count(search);
        if (found == 0) {
            throw refused("search", say("export.none"));
        }
        if (found > MAX_ROWS) {
            throw refused("search", say("export.tooMany", MAX_ROWS, found));
        }
        List<ExportedInquiry> inquiries =
                repository.columnsWithConsent(search, ExportedInquiry.COLUMNS, MAX_ROWS).stream()
                        .map(ExportedInquiry::of)
                        .toList();
        byte[] content = format.write(inquiries);
        accessLog.recordExport(
                staff.username(),
                staff.clientAddress(),
                inquiries.stream().map(ExportedInquiry::id).toList(),
                stated,
                format.name());
        String stamp = FILE_TIME.format(clock.instant().atZone(KoreanTime.ZONE)) + "." + format.extension();
        return new ExportFile(say("export.fileName", stamp), "inquiries_" + stamp, format.contentType(), content);
    }

    private static String checkedReason(String reason) {
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw refused("reason", say("export.reason.missing"));
        }
        if (stated.length() < MIN_REASON_LENGTH) {
            throw refused("reason", say("export.reason.tooShort", Integer.toString(MIN_REASON_LENGTH)));
        }
        if (stated.length() > MAX_REASON_LENGTH) {
            throw refused("reason", say("export.reason.tooLong", Integer.toString(MAX_REASON_LENGTH)));
        }
        return stated;
    }

    private static String say(String key, Object... values) {
        return Texts.say(InquiryExport.class, key, values);
    }

    private static RuleViolationException refused(String field, String message) {
        return new RuleViolationException(List.of(new FieldError(field, message)));
    }
}
