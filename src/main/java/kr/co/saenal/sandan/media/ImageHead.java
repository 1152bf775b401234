package kr.co.saenal.sandan.media;

import java.time.Instant;

/** What HTTP needs to know about a stored image before sending its bytes. */
public record ImageHead(long id, String contentType, String sha256, int byteSize, Instant createdAt) {

    public String etag() {
        return "\"" + sha256 + "\"";
    }
}
