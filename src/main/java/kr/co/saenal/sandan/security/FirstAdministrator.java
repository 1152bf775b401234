package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Creates the first administrator when there is no account at all: SANDAN_ADMIN_USER (default admin) with
 * SANDAN_ADMIN_PASSWORD, or with a random password that is written to the log this one time.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    SettingRepository settings;

    @Inject
    StaffUserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Transactional
    public void createIfNoAccountExists(String configuredUser, String configuredPassword) {
        settings.lockForStartup(); // two nodes starting together create one administrator
        if (users.count() > 0) {
            return;
        }
        String username = configuredUser == null || configuredUser.isBlank() ? "admin" : configuredUser.strip();
        boolean generated = configuredPassword == null || configuredPassword.isEmpty();
        String password = generated ? randomPassword() : configuredPassword;
        // named after its role, in Korean like everything stored
        users.add(new StaffUser(
                username,
                Role.ADMIN.label(Locale.KOREAN),
                passwords.hash(password.toCharArray()),
                EnumSet.of(Role.ADMIN),
                clock.instant()));
        if (generated) {
            LOG.warning(() -> "Created the first administrator '" + username + "' with the generated password "
                    + password + " (shown only this once; set SANDAN_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info(() ->
                    "Created the first administrator '" + username + "' from SANDAN_ADMIN_USER/SANDAN_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
