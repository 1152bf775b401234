package kr.co.saenal.sandan.testsupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements something costs, counted with Hibernate's statistics inside the server: the fewest of
 * three tries, so that a timer's query (the mail outbox polls every 5 seconds) cannot make a test flaky.
 */
public final class StatementCount {

    private StatementCount() {
    }

    public static long fewestOfThree(EntityManagerFactory emf, Runnable work) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        try {
            for (int i = 0; i < 3; i++) {
                statistics.setStatisticsEnabled(true);
                statistics.clear();
                work.run();
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
                statistics.setStatisticsEnabled(false);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return fewest;
    }
}
