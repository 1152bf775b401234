package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * {@code SANDAN_ADMIN_USER} and {@code SANDAN_ADMIN_PASSWORD}: the first administrator, created when no account
 * exists ({@link FirstAdministrator}). The user name must be one an account can have; the password is taken as given.
 */
@ApplicationScoped
public class AdministratorSettings implements ValidatedSettings {

    static final String USER = "sandan.admin.user";
    static final String PASSWORD = "sandan.admin.password";

    private final Optional<String> user;
    private final Optional<String> password;
    private final List<String> problems;

    public AdministratorSettings() {
        this(SettingsReader.fromConfig());
    }

    AdministratorSettings(SettingsReader read) {
        this.user = read.value(
                USER,
                text -> {
                    try {
                        return Optional.of(StaffUser.requireUsername(text));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                },
                "a user name of 3 to 60 letters, digits or . _ @ -");
        this.password = read.secret(PASSWORD);
        this.problems = read.problems();
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
