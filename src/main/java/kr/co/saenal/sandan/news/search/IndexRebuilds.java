package kr.co.saenal.sandan.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.NativeTimes;

/**
 * Rebuilds of the search index asked for in the back office, and how far each server has got with the newest one.
 * The rows are the cluster's only link: every server's {@link IndexRebuildRunner} finds a request here, rebuilds its
 * own index and writes its progress into a row of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IndexRebuilds {

    /** How far one server has got: {@code done} of {@code total} posts, finished or not, failed or not. */
    public record NodeProgress(
            String node, long total, long done, Instant startedAt, Instant finishedAt, boolean failed) {
        public int percent() {
            return total == 0 ? (finishedAt == null ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public boolean finished() {
            return finishedAt != null;
        }
    }

    /** A request and the servers that have taken it up. */
    public record Rebuild(long id, Instant requestedAt, String requestedBy, List<NodeProgress> nodes) {
        public boolean running() {
            return nodes.isEmpty() || nodes.stream().anyMatch(n -> !n.finished());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void request(String by) {
        em.createNativeQuery("insert into search_index_rebuild (requested_at, requested_by) values (?1, ?2)")
                .setParameter(1, NativeTimes.parameter(clock.instant()))
                .setParameter(2, by)
                .executeUpdate();
    }

    public Optional<Rebuild> latest() {
        List<?> rows = em.createNativeQuery(
                        "select id, requested_at, requested_by from search_index_rebuild " + "order by id desc")
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long id = ((Number) row[0]).longValue();
        return Optional.of(new Rebuild(id, NativeTimes.instant(row[1]), (String) row[2], progressOf(id)));
    }

    /** The newest request made after {@code since} that this server has not taken up yet. */
    public Optional<Long> waitingFor(String node, Instant since) {
        List<?> ids = em.createNativeQuery("select r.id from search_index_rebuild r where r.requested_at > ?1 "
                        + "and not exists (select 1 from search_index_rebuild_node n "
                        + "where n.rebuild_id = r.id and n.node = ?2) order by r.id desc")
                .setParameter(1, NativeTimes.parameter(since))
                .setParameter(2, node)
                .setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public void started(long rebuild, String node, long total) {
        em.createNativeQuery("insert into search_index_rebuild_node (rebuild_id, node, total, done, started_at) "
                        + "values (?1, ?2, ?3, 0, ?4)")
                .setParameter(1, rebuild)
                .setParameter(2, node)
                .setParameter(3, total)
                .setParameter(4, NativeTimes.parameter(clock.instant()))
                .executeUpdate();
    }

    public void progressed(long rebuild, String node, long done) {
        em.createNativeQuery("update search_index_rebuild_node set done = ?3 where rebuild_id = ?1 and node = ?2")
                .setParameter(1, rebuild)
                .setParameter(2, node)
                .setParameter(3, done)
                .executeUpdate();
    }

    public void finished(long rebuild, String node, long done, boolean failed) {
        em.createNativeQuery("update search_index_rebuild_node set done = ?3, finished_at = ?4, failed = ?5 "
                        + "where rebuild_id = ?1 and node = ?2")
                .setParameter(1, rebuild)
                .setParameter(2, node)
                .setParameter(3, done)
                .setParameter(4, NativeTimes.parameter(clock.instant()))
                .setParameter(5, failed)
                .executeUpdate();
    }

    private List<NodeProgress> progressOf(long rebuild) {
        List<?> rows = em.createNativeQuery("select node, total, done, started_at, finished_at, failed "
                        + "from search_index_rebuild_node where rebuild_id = ?1 order by node")
                .setParameter(1, rebuild)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new NodeProgress(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        NativeTimes.instant(r[3]),
                        r[4] == null ? null : NativeTimes.instant(r[4]),
                        Boolean.TRUE.equals(r[5])))
                .toList();
    }
}
