package kr.co.saenal.sandan.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * When the application starts: seals the two-factor secrets stored before {@code SANDAN_TWO_FACTOR_KEY} was set, or,
 * on a production server without the key, says in the log that they are stored as they are.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TwoFactorStartup {

    private static final Logger LOG = Logger.getLogger(TwoFactorStartup.class.getName());

    @Inject
    TwoFactor twoFactor;

    @Inject
    TwoFactorSecrets secrets;

    @PostConstruct
    void start() {
        if (secrets.unsealedInProduction()) {
            LOG.warning("SANDAN_TWO_FACTOR_KEY is not set: two-factor secrets are stored in the database unsealed"
                    + " (docs/deploying.md)");
        }
        twoFactor.sealStoredSecrets();
    }
}
