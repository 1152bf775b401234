package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

/** SANDAN_ATTACHMENT_MAX_BYTES: 30 MiB unless set to a byte count; anything else stops the deployment. */
class AttachmentLimitsTest {

    private static AttachmentLimits limits(String configured) {
        return new AttachmentLimits(SettingsReader.with(AttachmentLimits.MAX_BYTES_PROPERTY, configured));
    }

    @Test
    void thirtyMebibytesUnlessSetToAByteCount() {
        assertEquals(30L * 1024 * 1024, limits(null).maxBytes());
        assertEquals("30MB", limits("").maxSizeText());
        assertEquals(3_145_728L, limits(" 3145728 ").maxBytes());
        assertEquals("3MB", limits("3145728").maxSizeText());
        assertEquals(3_145_728L + 1024 * 1024, limits("3145728").maxRequestBytes());
        assertEquals(List.of(), limits("3145728").problems());
    }

    @Test
    void anythingButAByteCountIsAProblemNamingTheSetting() {
        assertEquals(
                List.of("SANDAN_ATTACHMENT_MAX_BYTES=30MB: expected a number of bytes (1 to 2146435071)"),
                limits("30MB").problems());
        assertEquals(
                List.of("SANDAN_ATTACHMENT_MAX_BYTES=-1: expected a number of bytes (1 to 2146435071)"),
                limits("-1").problems());
        assertEquals(AttachmentLimits.DEFAULT_MAX_BYTES, limits("30MB").maxBytes());
    }
}
