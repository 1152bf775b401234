package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class AdministratorSettingsTest {

    @Test
    void theUserAndThePasswordAsGiven() {
        AdministratorSettings settings = new AdministratorSettings(
                SettingsReader.of(Map.of("sandan.admin.user", " boss ", "sandan.admin.password", " pass word ")));
        assertEquals(Optional.of("boss"), settings.user());
        assertEquals(Optional.of(" pass word "), settings.password());
        assertEquals(List.of(), settings.problems());
        assertEquals(Optional.empty(), new AdministratorSettings(SettingsReader.of(Map.of())).user());
    }

    @Test
    void aUserNameNoAccountCanHaveIsRefused() {
        assertEquals(
                List.of("SANDAN_ADMIN_USER=관리자: expected a user name of 3 to 60 letters, digits or . _ @ -"),
                new AdministratorSettings(SettingsReader.with("sandan.admin.user", "관리자")).problems());
    }
}
