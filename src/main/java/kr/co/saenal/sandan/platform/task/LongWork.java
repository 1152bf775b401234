package kr.co.saenal.sandan.platform.task;

/**
 * Work that may take longer than a request should. It runs on a thread of the server's managed executor, without
 * the request's scopes: everything it needs (the file, the user's name) is given to it, not looked up.
 */
@FunctionalInterface
public interface LongWork<T> {

    /** @throws RuntimeException a {@link kr.co.saenal.sandan.platform.Refusal} is shown to the user as it is */
    T run(TaskProgress progress);
}
