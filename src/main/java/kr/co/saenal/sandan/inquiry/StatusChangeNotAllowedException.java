package kr.co.saenal.sandan.inquiry;

import java.util.List;
import kr.co.saenal.sandan.platform.Refusal;

/** The workflow does not allow this move (e.g. 접수 straight to 완료). */
public class StatusChangeNotAllowedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final InquiryStatus from;
    private final InquiryStatus to;

    public StatusChangeNotAllowedException(InquiryStatus from, InquiryStatus to) {
        super("Cannot move an inquiry from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public String koreanMessage() {
        return "'" + from.label() + "' 상태에서 '" + to.label() + "'(으)로 바꿀 수 없습니다.";
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String problemType() {
        return "status-change-not-allowed";
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(from.label(), to.label());
    }
}
