package kr.co.saenal.sandan.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    @Test
    void propertiesAreKnownByTheEnvironmentNamesOperatorsUse() {
        assertEquals("SANDAN_RETENTION_YEARS", SettingsReader.environmentName("sandan.retention.years"));
        assertEquals("SANDAN_TRUSTED_PROXIES", SettingsReader.environmentName("sandan.trusted-proxies"));
        assertEquals("SANDAN_IMAGE_MAX_BYTES", SettingsReader.environmentName("sandan.image.max-bytes"));
    }

    @Test
    void aNumberOutsideItsRangeOrNoNumberIsOneLineNamingSettingValueAndExpectation() {
        SettingsReader read = SettingsReader.of(Map.of("sandan.a", "abc", "sandan.b", "11", "sandan.c", " 7 "));
        assertEquals(3, read.number("sandan.a", 3, 1, 10, "a whole number of years"));
        assertEquals(3, read.number("sandan.b", 3, 1, 10, "a whole number of years"));
        assertEquals(7, read.number("sandan.c", 3, 1, 10, "a whole number of years"));
        assertEquals(3, read.number("sandan.unset", 3, 1, 10, "a whole number of years"));
        assertEquals(
                List.of(
                        "SANDAN_A=abc: expected a whole number of years (1 to 10)",
                        "SANDAN_B=11: expected a whole number of years (1 to 10)"),
                read.problems());
    }

    @Test
    void aFlagIsTrueOrFalseInAnyCase() {
        SettingsReader read = SettingsReader.of(Map.of("sandan.a", "FALSE", "sandan.b", "True", "sandan.c", "no"));
        assertEquals(false, read.flag("sandan.a", true));
        assertEquals(true, read.flag("sandan.b", false));
        assertEquals(true, read.flag("sandan.c", true));
        assertEquals(List.of("SANDAN_C=no: expected true or false"), read.problems());
    }

    @Test
    void blankIsUnsetAndAPasswordKeepsItsBlanks() {
        SettingsReader read = SettingsReader.of(Map.of("sandan.a", "   ", "sandan.b", " secret "));
        assertEquals(Optional.empty(), read.text("sandan.a"));
        assertEquals(Optional.of("secret"), read.text("sandan.b"));
        assertEquals(Optional.of(" secret "), read.secret("sandan.b"));
        assertEquals(Optional.empty(), read.secret("sandan.a"));
    }

    @Test
    void theModeIsProductionUnlessDevelopmentIsNamed() {
        assertEquals(RunMode.PRODUCTION, SettingsReader.of(Map.of()).mode());
        assertEquals(
                RunMode.DEVELOPMENT,
                SettingsReader.with("sandan.mode", "Development").mode());
        SettingsReader wrong = SettingsReader.with("sandan.mode", "dev");
        assertEquals(RunMode.PRODUCTION, wrong.mode());
        assertEquals(List.of("SANDAN_MODE=dev: expected production or development"), wrong.problems());
    }
}
