package kr.co.saenal.sandan.media;

import java.time.Instant;

/**
 * What HTTP needs to know about a stored image, or one of its variants ({@code variantWidth} > 0), before sending
 * its bytes.
 */
public record ImageHead(
        long imageId, int variantWidth, String contentType, String sha256, int byteSize, Instant createdAt) {

    public String etag() {
        return "\"" + sha256 + "\"";
    }

    public boolean isVariant() {
        return variantWidth > 0;
    }
}
