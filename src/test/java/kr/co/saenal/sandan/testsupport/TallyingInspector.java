package kr.co.saenal.sandan.testsupport;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hands every SQL statement Hibernate prepares on a counted thread to that thread's {@link StatementTally}; the SQL
 * itself is left as it is. Registered only by the test deployment
 * ({@code hibernate.session_factory.statement_inspector}).
 */
public class TallyingInspector implements StatementInspector {

    private static final long serialVersionUID = 1L;

    @Override
    public String inspect(String sql) {
        StatementTally tally = StatementTally.current();
        if (tally != null) {
            tally.prepared(sql);
        }
        return sql;
    }
}
