package kr.co.saenal.sandan.platform.task;

/** What long work tells about how far it has got: the step it is at (in the reader's words) and its count. */
@FunctionalInterface
public interface TaskProgress {

    /** Nobody is watching (the work was called directly, e.g. by a test or the demo content). */
    TaskProgress NONE = (step, done, total) -> {};

    /** {@code done} of {@code total} units of {@code step} are done; {@code total} is 0 when it is not known. */
    void step(String step, long done, long total);
}
