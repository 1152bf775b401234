package kr.co.saenal.sandan.news.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Demo content fills an empty database once and never touches one that has data. */
@ExtendWith(ArquillianExtension.class)
class DemoContentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    DemoContentLoader loader;

    @Inject
    NewsRepository news;

    @Test
    void aDatabaseWithContentIsLeftAlone() {
        long posts = news.countAll();
        assertTrue(posts >= 7, "the deployment loaded the demo posts");

        assertFalse(loader.loadIfEmpty());
        assertFalse(loader.loadIfEmpty());

        assertEquals(posts, news.countAll());
    }
}
