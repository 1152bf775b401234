package kr.co.saenal.sandan.inquiry;

import kr.co.saenal.sandan.platform.Refusal;

/**
 * The inquiry's personal data was destroyed (파기), by the retention purge or at the requester's demand; a
 * destroyed record is kept only as a statistic and takes no further changes.
 */
public class InquiryDestroyedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public InquiryDestroyedException(Long id) {
        super("Inquiry " + id + " was destroyed and cannot be changed");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String problemType() {
        return "inquiry-destroyed";
    }
}
