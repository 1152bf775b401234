package kr.co.saenal.sandan.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kr.co.saenal.sandan.news.NewsPost;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tally counts its own request alone, however busy the server's other threads are with the database: what the
 * statement budgets of the page tests rest on (Hibernate's global statistics counted the timers' queries too).
 */
@ExtendWith(ArquillianExtension.class)
class StatementTallyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    private final Http reader = new Http();

    @Test
    void queriesOnOtherThreadsAreNotCounted() throws Exception {
        reader.get("/news");
        StatementTally quiet = StatementTally.ofRender(reader, "/news");
        assertTrue(quiet.statementCount() > 0, quiet::toString);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong asked = new AtomicLong();
        Thread timer = new Thread(
                () -> {
                    while (running.get()) {
                        EntityManager em = emf.createEntityManager();
                        try {
                            em.createQuery("select p from NewsPost p order by p.id", NewsPost.class)
                                    .setMaxResults(30)
                                    .getResultList();
                        } finally {
                            em.close();
                        }
                        asked.incrementAndGet();
                    }
                },
                "timer-like load");
        timer.start();
        try {
            while (asked.get() == 0) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 5; i++) {
                long askedBefore = asked.get();
                StatementTally busy = StatementTally.ofRender(reader, "/news");
                assertEquals(
                        quiet.statements(),
                        busy.statements(),
                        "while " + (asked.get() - askedBefore) + " queries ran beside the request");
                assertEquals(quiet.queries(), busy.queries());
                assertEquals(quiet.entitiesLoaded(), busy.entitiesLoaded());
            }
        } finally {
            running.set(false);
            timer.join();
        }
    }

    @Test
    void workOnTheTestsOwnThreadIsCounted() {
        StatementTally tally = StatementTally.during(() -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.createQuery("select count(p) from NewsPost p", Long.class).getSingleResult();
            } finally {
                em.close();
            }
        });

        assertEquals(1, tally.statementCount(), tally::toString);
        assertEquals(1, tally.queries().size());
        assertEquals(1, tally.queries().get(0).rows());
    }
}
