package kr.co.saenal.sandan.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.co.saenal.sandan.news.search.NewsIndex;
import kr.co.saenal.sandan.security.FirstAdministrator;

/**
 * Runs once the schema is migrated (see {@link DatabaseMigrationIntegrator}): creates the first administrator
 * when there is no account, and loads the demo content into an empty database unless
 * {@code SANDAN_DEMO_CONTENT=false}; then fills the search index if it is missing or out of step.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    DemoContentLoader demoContent;

    @Inject
    NewsIndex searchIndex;

    @PostConstruct
    void start() {
        firstAdministrator.createIfNoAccountExists(System.getenv("SANDAN_ADMIN_USER"), System.getenv("SANDAN_ADMIN_PASSWORD"));
        if (!"false".equalsIgnoreCase(System.getenv("SANDAN_DEMO_CONTENT"))) {
            demoContent.loadIfEmpty();
        }
        searchIndex.rebuildIfIncomplete();
    }
}
