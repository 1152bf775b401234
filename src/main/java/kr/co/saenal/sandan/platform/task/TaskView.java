package kr.co.saenal.sandan.platform.task;

import java.time.Duration;
import java.time.Instant;

/** A long task as its page shows it. */
public record TaskView(
        String id,
        String label,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        String step,
        long done,
        long total,
        State state,
        String backPath,
        String outcomePath,
        String outcomeMessage) {

    /**
     * A running task writes at least this often ({@link LongTasks#HEARTBEAT}); one silent for longer stopped with its
     * server, and its work was not committed.
     */
    static final Duration SILENCE = Duration.ofMinutes(1);

    public enum State {
        RUNNING,
        DONE,
        REFUSED,
        FAILED
    }

    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Still marked running, but its server has not written for a minute: it stopped with the server. */
    public boolean interrupted(Instant now) {
        return running() && updatedAt.plus(SILENCE).isBefore(now);
    }
}
