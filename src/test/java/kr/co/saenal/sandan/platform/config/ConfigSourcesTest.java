package kr.co.saenal.sandan.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The sources WildFly's MicroProfile Config (SmallRye, the version WildFly 39 ships) gives a deployment, with their
 * ordinals: system properties 400, environment variables 300, a CLI {@code config-source} 100 unless given another.
 */
class ConfigSourcesTest {

    private static Config config(Map<String, String> system, Map<String, String> environment, Map<String, String> cli) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(system, "SysPropConfigSource", 400))
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(cli, "sandan", 100))
                .build();
    }

    @Test
    void theEnvironmentVariableOfTodayIsFoundByThePropertyName() {
        Config config =
                config(Map.of(), Map.of("SANDAN_RETENTION_YEARS", "5", "SANDAN_TRUSTED_PROXIES", "10.0.0.5"), Map.of());
        SettingsReader read = SettingsReader.from(config);
        assertEquals(5, read.number("sandan.retention.years", 3, 1, 10, "years"));
        assertEquals("10.0.0.5", read.text("sandan.trusted-proxies").orElseThrow());
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverACliConfigSource() {
        SettingsReader all = SettingsReader.from(config(
                Map.of("sandan.retention.years", "7"),
                Map.of("SANDAN_RETENTION_YEARS", "5"),
                Map.of("sandan.retention.years", "4")));
        assertEquals(7, all.number("sandan.retention.years", 3, 1, 10, "years"));

        SettingsReader environmentAndCli = SettingsReader.from(
                config(Map.of(), Map.of("SANDAN_RETENTION_YEARS", "5"), Map.of("sandan.retention.years", "4")));
        assertEquals(5, environmentAndCli.number("sandan.retention.years", 3, 1, 10, "years"));

        SettingsReader cliOnly = SettingsReader.from(config(Map.of(), Map.of(), Map.of("sandan.retention.years", "4")));
        assertEquals(4, cliOnly.number("sandan.retention.years", 3, 1, 10, "years"));
    }

    @Test
    void aWrongValueIsNamedByItsEnvironmentNameWhereverItCameFrom() {
        SettingsReader read = SettingsReader.from(config(Map.of("sandan.retention.years", "abc"), Map.of(), Map.of()));
        read.number("sandan.retention.years", 3, 1, 10, "a whole number of years");
        assertEquals(
                List.of("SANDAN_RETENTION_YEARS=abc: expected a whole number of years (1 to 10)"), read.problems());
    }
}
