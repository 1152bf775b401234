package kr.co.saenal.sandan.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Loads the demo content at deployment unless {@code SANDAN_DEMO_CONTENT=false}. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContentStartup {

    @Inject
    DemoContentLoader loader;

    @PostConstruct
    void start() {
        if (!"false".equalsIgnoreCase(System.getenv("SANDAN_DEMO_CONTENT"))) {
            loader.loadIfEmpty();
        }
    }
}
