package kr.co.saenal.sandan.news.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Fills this server's search index when the application starts, if it is missing or out of step with the
 * database. After the demo content, so that a first start indexes it once.
 */
@Singleton
@Startup
@DependsOn("DemoContentStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

    @Inject
    NewsIndex index;

    @PostConstruct
    void start() {
        index.rebuildIfIncomplete();
    }
}
