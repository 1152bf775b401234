package kr.co.saenal.sandan.platform.task;

import java.util.Objects;

/**
 * A task as its page names it: what it is ({@code label}, e.g. "소식 가져오기 · wordpress.xml"), who started it (only
 * they and administrators see its page), and the page to go back to when it is refused or fails.
 */
public record TaskStart(String label, String user, String backPath) {

    public TaskStart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(backPath, "backPath");
    }
}
