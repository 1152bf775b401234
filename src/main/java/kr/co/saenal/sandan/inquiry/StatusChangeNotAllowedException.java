package kr.co.saenal.sandan.inquiry;

import java.util.List;
import kr.co.saenal.sandan.platform.Refusal;

/** The workflow does not allow this move (e.g. received straight to done). */
public class StatusChangeNotAllowedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final InquiryStatus from;
    private final InquiryStatus to;

    public StatusChangeNotAllowedException(InquiryStatus from, InquiryStatus to) {
        super("Cannot move an inquiry from " + from + " to " + to);
        this.from = from;
        this.to = to;
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
