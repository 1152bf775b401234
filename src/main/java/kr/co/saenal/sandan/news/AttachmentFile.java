package kr.co.saenal.sandan.news;

import java.time.Instant;

/**
 * What a download needs to know of an attachment before its bytes: name, kind, size, hash, and whether its post is
 * public now (else only staff may have it).
 */
public record AttachmentFile(
        long id,
        String fileName,
        AttachmentKind kind,
        long byteSize,
        String sha256,
        Instant createdAt,
        PostStatus postStatus,
        Instant postPublishedAt) {

    public boolean isPublic(Instant now) {
        return postStatus == PostStatus.PUBLISHED && postPublishedAt != null && !postPublishedAt.isAfter(now);
    }

    /** A strong validator: the bytes of an id never change. */
    public String etag() {
        return '"' + sha256.substring(0, 32) + '"';
    }
}
