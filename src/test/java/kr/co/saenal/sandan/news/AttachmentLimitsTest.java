package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SANDAN_ATTACHMENT_MAX_BYTES: 30 MiB unless set to a byte count. */
class AttachmentLimitsTest {

    @Test
    void thirtyMebibytesUnlessSetToAByteCount() {
        assertEquals(30L * 1024 * 1024, new AttachmentLimits(null).maxBytes());
        assertEquals("30MB", new AttachmentLimits("").maxSizeText());
        assertEquals(3_145_728L, new AttachmentLimits(" 3145728 ").maxBytes());
        assertEquals("3MB", new AttachmentLimits("3145728").maxSizeText());
        assertEquals(3_145_728L + 1024 * 1024, new AttachmentLimits("3145728").maxRequestBytes());
        assertEquals(AttachmentLimits.DEFAULT_MAX_BYTES, new AttachmentLimits("30MB").maxBytes());
        assertEquals(AttachmentLimits.DEFAULT_MAX_BYTES, new AttachmentLimits("-1").maxBytes());
    }
}
