package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class WorkbookLimitsSettingTest {

    private static WorkbookLimits limits(String configured) {
        return new WorkbookLimits(SettingsReader.with("sandan.workbook.max-bytes", configured));
    }

    @Test
    void tenMebibytesUnlessSetToAByteCount() {
        assertEquals(10L * 1024 * 1024, limits(null).maxBytes());
        assertEquals(5000, limits("5000").maxBytes());
        assertEquals(List.of(), limits("5000").problems());
        assertEquals(
                List.of("SANDAN_WORKBOOK_MAX_BYTES=0: expected a number of bytes (1 to 2147483639)"),
                limits("0").problems());
    }
}
