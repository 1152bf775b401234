package kr.co.saenal.sandan.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class ImportSettingsTest {

    @Test
    void tenMebibytesAndNoPrivateAddressesUnlessSet() {
        ImportSettings defaults = new ImportSettings(SettingsReader.of(Map.of()));
        assertEquals(10L * 1024 * 1024, defaults.maxBytes());
        assertFalse(defaults.fetchPrivate());

        ImportSettings set = new ImportSettings(
                SettingsReader.of(Map.of("sandan.import.max-bytes", "2048", "sandan.import.fetch-private", "true")));
        assertEquals(2048, set.maxBytes());
        assertTrue(set.fetchPrivate());
        assertEquals(List.of(), set.problems());
    }

    @Test
    void wrongValuesAreNamed() {
        ImportSettings wrong = new ImportSettings(
                SettingsReader.of(Map.of("sandan.import.max-bytes", "10MB", "sandan.import.fetch-private", "yes")));
        assertFalse(wrong.fetchPrivate());
        assertEquals(
                List.of(
                        "SANDAN_IMPORT_MAX_BYTES=10MB: expected a number of bytes (1 to 2147483638)",
                        "SANDAN_IMPORT_FETCH_PRIVATE=yes: expected true or false"),
                wrong.problems());
    }
}
