package kr.co.saenal.sandan.testsupport;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.internal.StatisticsImpl;
import org.hibernate.stat.spi.StatisticsFactory;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Hibernate's statistics, also told on a counted thread (so Hibernate reports to them there even while they are off)
 * and passing that thread's query rows and entity loads to its {@link StatementTally}. Registered only by the test
 * deployment ({@code hibernate.stats.factory}, with {@link Factory}).
 */
public class TallyingStatistics extends StatisticsImpl {

    TallyingStatistics(SessionFactoryImplementor sessionFactory) {
        super(sessionFactory);
    }

    /** What {@code hibernate.stats.factory} names. */
    public static class Factory implements StatisticsFactory {
        @Override
        public StatisticsImplementor buildStatistics(SessionFactoryImplementor sessionFactory) {
            return new TallyingStatistics(sessionFactory);
        }
    }

    @Override
    public boolean isStatisticsEnabled() {
        return super.isStatisticsEnabled() || StatementTally.current() != null;
    }

    @Override
    public void queryExecuted(String query, int rows, long time) {
        StatementTally tally = StatementTally.current();
        if (tally != null) {
            tally.queryRun(query, rows);
        }
        super.queryExecuted(query, rows, time);
    }

    @Override
    public void loadEntity(String entityName) {
        StatementTally tally = StatementTally.current();
        if (tally != null) {
            tally.entityLoaded();
        }
        super.loadEntity(entityName);
    }
}
