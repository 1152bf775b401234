package kr.co.saenal.sandan.faq.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.platform.config.PlatformSettings;

/**
 * Loads the demo FAQ into an empty FAQ when the application starts, unless {@code SANDAN_DEMO_CONTENT=false}. Last in
 * the chain of start-up work that takes the start-up lock (after the directory's demo import), so that none of them
 * waits for another longer than H2 waits for a lock.
 */
@Singleton
@Startup
@DependsOn("DirectoryDemoStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FaqDemoStartup {

    @Inject
    FaqDemoLoader loader;

    @Inject
    PlatformSettings settings;

    @PostConstruct
    void start() {
        if (settings.demoContent()) {
            loader.loadIfEmpty();
        }
    }
}
