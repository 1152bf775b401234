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
            throw refused("search", "내려받을 상담 신청이 없습니다.");
        }
        if (found > MAX_ROWS) {
            throw refused("search", String.format("한 번에 %,d건까지 내려받을 수 있습니다. 지금 조건에 맞는 신청은 %,d건입니다. "
                    + "상태나 검색어로 범위를 좁혀 주세요.", MAX_ROWS, found));
        }
        List<ExportedInquiry> inquiries = repository.columnsWithConsent(search, ExportedInquiry.COLUMNS, MAX_ROWS)
                .stream().map(ExportedInquiry::of).toList();
        byte[] content = format.write(inquiries);
        accessLog.recordExport(staff.username(), staff.clientAddress(),
                inquiries.stream().map(ExportedInquiry::id).toList(), stated, format.name());
        String stamp = FILE_TIME.format(clock.instant().atZone(KoreanTime.ZONE)) + "." + format.extension();
        return new ExportFile("상담신청_" + stamp, "inquiries_" + stamp, format.contentType(), content);
    }

    private static String checkedReason(String reason) {
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw refused("reason", "내려받는 사유를 입력하세요.");
        }
        if (stated.length() < MIN_REASON_LENGTH) {
            throw refused("reason", "사유를 " + MIN_REASON_LENGTH + "자 이상 구체적으로 입력하세요.");
        }
        if (stated.length() > MAX_REASON_LENGTH) {
            throw refused("reason", "사유는 " + MAX_REASON_LENGTH + "자 이내로 입력하세요.");
        }
        return stated;
    }

    private static RuleViolationException refused(String field, String message) {
        return new RuleViolationException(List.of(new FieldError(field, message)));
    }
}
