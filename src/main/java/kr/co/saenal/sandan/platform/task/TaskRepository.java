package kr.co.saenal.sandan.platform.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.NativeTimes;

/**
 * The rows of long tasks. Each write is a transaction of its own: progress written from inside the work's own
 * transaction must be seen by the page at once, and stays when that transaction rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TaskRepository {

    private static final int MAX_MESSAGE = 1000;
    private static final int MAX_STEP = 200;

    @PersistenceContext
    EntityManager em;

    public void add(String id, TaskStart start, String step, Instant at) {
        em.createNativeQuery("insert into long_task (id, label, started_by, started_at, updated_at, step, done, total, "
                        + "state, back_path) values (?1, ?2, ?3, ?4, ?4, ?5, 0, 0, 'RUNNING', ?6)")
                .setParameter(1, id)
                .setParameter(2, cut(start.label(), 300))
                .setParameter(3, start.user())
                .setParameter(4, NativeTimes.parameter(at))
                .setParameter(5, cut(step, MAX_STEP))
                .setParameter(6, start.backPath())
                .executeUpdate();
    }

    public void progressed(String id, String step, long done, long total, Instant at) {
        em.createNativeQuery("update long_task set step = ?2, done = ?3, total = ?4, updated_at = ?5 "
                        + "where id = ?1 and state = 'RUNNING'")
                .setParameter(1, id)
                .setParameter(2, cut(step, MAX_STEP))
                .setParameter(3, done)
                .setParameter(4, total)
                .setParameter(5, NativeTimes.parameter(at))
                .executeUpdate();
    }

    public void alive(String id, Instant at) {
        em.createNativeQuery("update long_task set updated_at = ?2 where id = ?1 and state = 'RUNNING'")
                .setParameter(1, id)
                .setParameter(2, NativeTimes.parameter(at))
                .executeUpdate();
    }

    public void ended(String id, TaskView.State state, String path, String message, Instant at) {
        em.createNativeQuery("update long_task set state = ?2, outcome_path = ?3, outcome_message = ?4, "
                        + "updated_at = ?5 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, path)
                .setParameter(4, message == null ? null : cut(message, MAX_MESSAGE))
                .setParameter(5, NativeTimes.parameter(at))
                .executeUpdate();
    }

    /** Forgets tasks started before {@code before}: their outcome has long been shown. */
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("delete from long_task where started_at < ?1 and state <> 'RUNNING'")
                .setParameter(1, NativeTimes.parameter(before))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> find(String id) {
        List<?> rows = em.createNativeQuery("select id, label, started_by, started_at, updated_at, step, done, total, "
                        + "state, back_path, outcome_path, outcome_message from long_task where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .findFirst()
                .map(r -> new TaskView(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        NativeTimes.instant(r[3]),
                        NativeTimes.instant(r[4]),
                        (String) r[5],
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue(),
                        TaskView.State.valueOf((String) r[8]),
                        (String) r[9],
                        (String) r[10],
                        (String) r[11]));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
