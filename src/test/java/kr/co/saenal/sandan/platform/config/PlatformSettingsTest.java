package kr.co.saenal.sandan.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    @Test
    void defaultsSuitAProductionServerInKorea() {
        PlatformSettings settings = new PlatformSettings(SettingsReader.of(Map.of()));
        assertEquals(RunMode.PRODUCTION, settings.mode());
        assertEquals(ZoneId.of("Asia/Seoul"), settings.zone());
        assertTrue(settings.demoContent());
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void configuredValuesAreRead() {
        PlatformSettings settings = new PlatformSettings(SettingsReader.of(Map.of(
                "sandan.mode", "development",
                "sandan.timezone", "UTC",
                "sandan.demo-content", "false",
                "sandan.data-dir", "/var/lib/sandan",
                "sandan.log.format", "json")));
        assertEquals(RunMode.DEVELOPMENT, settings.mode());
        assertEquals(ZoneId.of("UTC"), settings.zone());
        assertFalse(settings.demoContent());
        assertEquals(Path.of("/var/lib/sandan"), settings.dataDir());
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void everyWrongValueIsNamed() {
        PlatformSettings settings = new PlatformSettings(SettingsReader.of(Map.of(
                "sandan.mode",
                "staging",
                "sandan.timezone",
                "Mars/Olympus",
                "sandan.demo-content",
                "nein",
                "sandan.log.format",
                "xml")));
        assertEquals(ZoneId.of("Asia/Seoul"), settings.zone());
        assertEquals(
                List.of(
                        "SANDAN_MODE=staging: expected production or development",
                        "SANDAN_TIMEZONE=Mars/Olympus: expected a time zone such as Asia/Seoul or UTC",
                        "SANDAN_DEMO_CONTENT=nein: expected true or false",
                        "SANDAN_LOG_FORMAT=xml: expected text or json"),
                settings.problems());
    }
}
