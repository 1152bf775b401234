package kr.co.saenal.sandan.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Long work started from the back office (an import) answers with its outcome when it is done within a second, else
 * with its task's page ({@code /admin/task?id=…}), which leads to the same outcome once the work is done. Tests
 * that care for the outcome follow the task's page as a browser would.
 */
public final class LongTaskPages {

    public static final String PAGE = "/admin/task";

    private LongTaskPages() {}

    /** Whether {@code reply} sends the user to a task's page. */
    public static boolean toTask(Http.Reply reply) {
        return reply.status() == 302
                && reply.header("Location").map(l -> l.contains(PAGE + "?")).orElse(false);
    }

    /**
     * The reply that ends the work: {@code reply} itself when it does not lead to a task's page, else the task page's
     * redirect to the outcome once the work is done, or the task's page saying why it was refused or failed.
     */
    public static Http.Reply followed(Http client, Http.Reply reply) {
        if (!toTask(reply)) {
            return reply;
        }
        String task = reply.header("Location").orElseThrow();
        AtomicReference<Http.Reply> last = new AtomicReference<>();
        Eventually.holds(
                Duration.ofMinutes(2),
                () -> {
                    Http.Reply page = client.get(task);
                    last.set(page);
                    return page.status() != 200 || page.html().selectFirst(".task-step") == null;
                },
                "the task at " + task + " to end");
        return last.get();
    }
}
