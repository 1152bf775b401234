package kr.co.saenal.sandan.complex.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.platform.config.PlatformSettings;

/**
 * Imports KICOX's bundled workbooks into a database that has no import yet when the application starts (the schema
 * is migrated by then), unless {@code SANDAN_DEMO_CONTENT=false}. It runs after the other start-up work that takes
 * the start-up lock: the import holds that lock for many seconds (longer on a busy machine), and H2 gives up waiting
 * for a lock after ten ({@code LOCK_TIMEOUT}), which failed the deployment when they raced.
 */
@Singleton
@Startup
@DependsOn("DemoContentStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryDemoStartup {

    @Inject
    DirectoryDemoLoader loader;

    @Inject
    PlatformSettings settings;

    @PostConstruct
    void start() {
        if (settings.demoContent()) {
            loader.loadIfEmpty();
        }
    }
}
