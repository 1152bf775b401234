package kr.co.saenal.sandan.inquiry;

import java.util.Objects;

/**
 * Where a request came from: the channel, the article it was sent under (if any), the client's address, and the
 * key the client gave this submission (a form's hidden token or the API's {@code Idempotency-Key}), by which a
 * resubmission is recognised; {@code null} when there is none.
 */
public record InquiryOrigin(InquiryChannel channel, Long newsPostId, String clientAddress, String submissionKey) {

    public static final int MAX_KEY_LENGTH = 100;

    public InquiryOrigin(InquiryChannel channel, Long newsPostId, String clientAddress) {
        this(channel, newsPostId, clientAddress, null);
    }

    public InquiryOrigin {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clientAddress, "clientAddress");
        if (clientAddress.length() > 45) {
            clientAddress = clientAddress.substring(0, 45);
        }
        if (submissionKey != null && (submissionKey.isBlank() || submissionKey.length() > MAX_KEY_LENGTH)) {
            throw new IllegalArgumentException("A submission key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
