package kr.co.saenal.sandan.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Creates the first administrator when the application starts on a database without accounts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministratorStartup {

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    AdministratorSettings settings;

    @PostConstruct
    void start() {
        firstAdministrator.createIfNoAccountExists(
                settings.user().orElse(null), settings.password().orElse(null));
    }
}
