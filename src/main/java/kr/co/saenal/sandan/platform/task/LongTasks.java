package kr.co.saenal.sandan.platform.task;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.RandomTokens;
import kr.co.saenal.sandan.platform.Refusal;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Runs work started from the back office that may take longer than a request should. The request waits for it a
 * second: work done by then answers as if it had run in the request (its value, or its refusal thrown), so quick
 * imports look as they always did. Longer work goes on beside the request, which answers with the task's page
 * ({@code /admin/task?id=…}); the work writes its progress into a row ({@link TaskRepository}), which any server of
 * a cluster can show, and its outcome: where to go once done, or why it was refused or failed. A running task tells
 * it is alive every {@link #HEARTBEAT}; one silent for longer than {@link TaskView#SILENCE} stopped with its server.
 */
@ApplicationScoped
public class LongTasks {

    /** How long the request waits before answering with the task's page. */
    static final Duration WAIT = Duration.ofSeconds(1);

    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /** Progress is written at most this often; the end of a step is always written. */
    static final Duration PROGRESS_EVERY = Duration.ofMillis(250);

    /** How long a finished task's page stays. */
    static final Duration KEPT = Duration.ofDays(7);

    public static final String PAGE = "/admin/task";

    private static final Logger LOG = Logger.getLogger(LongTasks.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TaskRepository rows;

    @Inject
    Clock clock;

    /** What the request gets: the work's value, when it was done within {@link #WAIT}, else the task's page. */
    public sealed interface Started<T> {
        record Done<T>(T value) implements Started<T> {}

        record Running<T>(String id, String page) implements Started<T> {}
    }

    /**
     * Starts {@code work}; {@code finish} says where its page sends the user once it is done.
     *
     * @throws RuntimeException what the work threw, when it ended within {@link #WAIT}
     */
    public <T> Started<T> start(TaskStart start, LongWork<T> work, Function<T, TaskFinish> finish) {
        String id = RandomTokens.uuid().toString();
        Instant now = clock.instant();
        rows.forgetBefore(now.minus(KEPT));
        rows.add(id, start, text("waiting"), now);
        Locale spoken = Texts.current();
        Future<T> future = executor.submit(() -> {
            try (Texts.Scope speaking = Texts.speak(spoken)) {
                return run(id, start, work, finish);
            }
        });
        try {
            return new Started.Done<>(future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return new Started.Running<>(id, PAGE + "?id=" + id);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Started.Running<>(id, PAGE + "?id=" + id);
        }
    }

    /**
     * Where a Faces action goes on to, by redirect: the outcome of work done in time ({@code outcome} of its value,
     * a path), else the task's page.
     */
    public static <T> String redirectTo(Started<T> started, Function<T, String> outcome) {
        String path = started instanceof Started.Done<T> done
                ? outcome.apply(done.value())
                : ((Started.Running<T>) started).page();
        return path + (path.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** The task with {@code id}, when {@code user} may see it: who started it, or an administrator. */
    public Optional<TaskView> find(String id, String user, boolean administrator) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return Optional.empty();
        }
        return rows.find(id).filter(task -> administrator || task.startedBy().equals(user));
    }

    public Instant now() {
        return clock.instant();
    }

    private <T> T run(String id, TaskStart start, LongWork<T> work, Function<T, TaskFinish> finish) {
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(
                () -> rows.alive(id, clock.instant()),
                HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            T value = work.run(new WrittenProgress(id));
            TaskFinish done = finish.apply(value);
            rows.ended(id, TaskView.State.DONE, done.path(), done.message(), clock.instant());
            return value;
        } catch (RuntimeException e) {
            if (e instanceof Refusal refusal) {
                rows.ended(id, TaskView.State.REFUSED, null, refusal.text(), clock.instant());
            } else {
                LOG.log(Level.SEVERE, "Task " + id + " (" + start.label() + ") by " + start.user() + " failed", e);
                rows.ended(id, TaskView.State.FAILED, null, text("failed", id), clock.instant());
            }
            throw e;
        } finally {
            heartbeat.cancel(false);
        }
    }

    /** Progress written to the task's row, at most every {@link #PROGRESS_EVERY}, and at the end of every step. */
    private final class WrittenProgress implements TaskProgress {
        private final String id;
        private Instant written = Instant.MIN;
        private String writtenStep;

        WrittenProgress(String id) {
            this.id = id;
        }

        @Override
        public void step(String step, long done, long total) {
            Instant now = clock.instant();
            boolean last = total > 0 && done >= total;
            if (!step.equals(writtenStep) || last || !now.isBefore(written.plus(PROGRESS_EVERY))) {
                rows.progressed(id, step, done, total, now);
                written = now;
                writtenStep = step;
            }
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(LongTasks.class, "task." + key, arguments);
    }
}
