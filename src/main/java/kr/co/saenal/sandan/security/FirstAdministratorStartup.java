package kr.co.saenal.sandan.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.platform.config.SettingsReader;

/** Creates the first administrator when the application starts on a database without accounts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministratorStartup {

    static final String ADMIN_USER = "sandan.admin.user";
    static final String ADMIN_PASSWORD = "sandan.admin.password";

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void start() {
        SettingsReader read = SettingsReader.fromConfig();
        firstAdministrator.createIfNoAccountExists(
                read.text(ADMIN_USER).orElse(null), read.secret(ADMIN_PASSWORD).orElse(null));
    }
}
