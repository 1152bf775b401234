package kr.co.saenal.sandan.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database was asked for one request, or for one piece of work inside the server: the SQL statements
 * Hibernate prepared, the rows each query read and the entities loaded. Only the threads doing that work are counted,
 * so the server's timers (the mail outbox, the search index follower, the reading tally) cannot add to it, however
 * often they run. The test deployment ({@link Deployments#war()}) gives Hibernate a
 * {@link TallyingInspector} and {@link TallyingStatistics}, and {@link TallyingRequests} ties a request that carries
 * {@link #HEADER} to its tally; production deployments have none of them.
 */
public final class StatementTally {

    /** The request header that names the tally of a request. */
    public static final String HEADER = "X-Sandan-Statement-Tally";

    private static final Map<String, StatementTally> OPEN = new ConcurrentHashMap<>();
    private static final ThreadLocal<StatementTally> CURRENT = new ThreadLocal<>();

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final List<QueryRun> queries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong entitiesLoaded = new AtomicLong();
    private Http.Reply reply;

    /** One run of a query (JPQL, or SQL for a native query) and the rows it read. */
    public record QueryRun(String query, long rows) {}

    private StatementTally() {}

    /**
     * A GET of {@code path} by {@code client}, with the given extra headers (name, value, ...), counted on the
     * server's side for that request alone. Call it from a test running inside the server.
     */
    public static StatementTally ofGet(Http client, String path, String... namesAndValues) {
        StatementTally tally = new StatementTally();
        String id = UUID.randomUUID().toString();
        OPEN.put(id, tally);
        try {
            String[] headers = new String[namesAndValues.length + 2];
            System.arraycopy(namesAndValues, 0, headers, 0, namesAndValues.length);
            headers[namesAndValues.length] = HEADER;
            headers[namesAndValues.length + 1] = id;
            tally.reply = client.get(path, headers);
        } finally {
            OPEN.remove(id);
        }
        return tally;
    }

    /**
     * A GET of a page the page cache keeps, rendered for this request: the kept pages are dropped first. Call it from
     * a test running inside the server.
     */
    public static StatementTally ofRender(Http client, String path, String... namesAndValues) {
        jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(kr.co.saenal.sandan.platform.web.PageCache.class)
                .get()
                .contentChanged();
        return ofGet(client, path, namesAndValues);
    }

    /**
     * A request of any method with a body (e.g. a POST of JSON), with the given headers (name, value, ...), counted on
     * the server's side for that request alone, like {@link #ofGet}.
     */
    public static StatementTally ofSend(
            Http client, String method, String path, byte[] body, String... namesAndValues) {
        StatementTally tally = new StatementTally();
        String id = UUID.randomUUID().toString();
        OPEN.put(id, tally);
        try {
            List<String> headers = new ArrayList<>(List.of(namesAndValues));
            headers.add(HEADER);
            headers.add(id);
            tally.reply = client.sendWithHeaders(method, path, body, headers);
        } finally {
            OPEN.remove(id);
        }
        return tally;
    }

    /** What {@code work} asks of the database on this thread (inside the server). */
    public static StatementTally during(Runnable work) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("this thread is being counted already");
        }
        StatementTally tally = new StatementTally();
        CURRENT.set(tally);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
        return tally;
    }

    /** The answer to the request counted by {@link #ofGet} or {@link #ofSend}. */
    public Http.Reply reply() {
        return reply;
    }

    public int statementCount() {
        return statements().size();
    }

    /** The SQL of every statement prepared, in order. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    public List<QueryRun> queries() {
        synchronized (queries) {
            return List.copyOf(queries);
        }
    }

    public long entitiesLoaded() {
        return entitiesLoaded.get();
    }

    @Override
    public String toString() {
        return statementCount() + " statements:\n  " + String.join("\n  ", statements());
    }

    // Called by the parts the test deployment adds to the server.

    static StatementTally current() {
        return CURRENT.get();
    }

    /** Counts what this thread does from now on for the tally named {@code id}, if a test has it open. */
    static void countThreadFor(String id) {
        StatementTally tally = OPEN.get(id);
        if (tally != null) {
            CURRENT.set(tally);
        }
    }

    static void stopCountingThread() {
        CURRENT.remove();
    }

    void prepared(String sql) {
        statements.add(sql);
    }

    void queryRun(String query, long rows) {
        queries.add(new QueryRun(query, rows));
    }

    void entityLoaded() {
        entitiesLoaded.incrementAndGet();
    }
}
