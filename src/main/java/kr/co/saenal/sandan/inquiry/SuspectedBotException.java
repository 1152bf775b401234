package kr.co.saenal.sandan.inquiry;

/** A form that looks sent by a program rather than a person; nothing was stored. */
public class SuspectedBotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The hidden field people cannot see was filled in. */
        HONEYPOT("자동 입력 프로그램이 보낸 것으로 보여 접수하지 않았습니다. 직접 작성하신 신청이라면 페이지를 새로 고쳐 다시 보내 주시거나 전화로 연락해 주세요."),
        /** No valid stamp, or one older than a day. */
        STALE_FORM("신청서가 만료되었습니다. 입력하신 내용을 확인하고 다시 보내 주세요."),
        /** Sent back sooner than a person can fill the form in. */
        TOO_FAST("입력이 너무 빨리 끝나 자동 입력으로 보였습니다. 내용을 확인하고 다시 보내 주세요.");

        private final String koreanMessage;

        Reason(String koreanMessage) {
            this.koreanMessage = koreanMessage;
        }
    }

    private final Reason reason;

    public SuspectedBotException(Reason reason) {
        super("Form refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String koreanMessage() {
        return reason.koreanMessage;
    }
}
