package kr.co.saenal.sandan.inquiry;

import java.util.Objects;

/** A document a requester sends with the consultation form, as the browser sent it: its name and its bytes. */
public record RequesterFile(String fileName, byte[] content) {

    /** 10 MiB: a business plan with pictures, not a video. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final int MAX_FILES = 2;

    public RequesterFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
