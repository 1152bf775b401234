package kr.co.saenal.sandan.news.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.platform.config.PlatformSettings;

/**
 * Loads the demo content into an empty database when the application starts (the schema is migrated by then),
 * unless {@code SANDAN_DEMO_CONTENT=false}. After the first administrator: both take the start-up lock, and on a busy
 * machine the demo holds it longer than H2 waits for a lock (ten seconds), which failed the deployment.
 */
@Singleton
@Startup
@DependsOn("FirstAdministratorStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContentStartup {

    @Inject
    DemoContentLoader demoContent;

    @Inject
    PlatformSettings settings;

    @PostConstruct
    void start() {
        if (settings.demoContent()) {
            demoContent.loadIfEmpty();
        }
    }
}
