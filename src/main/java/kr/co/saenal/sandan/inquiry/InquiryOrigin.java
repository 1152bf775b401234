package kr.co.saenal.sandan.inquiry;

import java.util.Objects;

/** Where a request came from: the channel, the article it was sent under (if any) and the client's address. */
public record InquiryOrigin(InquiryChannel channel, Long newsPostId, String clientAddress) {

    public InquiryOrigin {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clientAddress, "clientAddress");
        if (clientAddress.length() > 45) {
            clientAddress = clientAddress.substring(0, 45);
        }
    }
}
