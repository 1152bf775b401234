package kr.co.saenal.sandan.platform.task;

/**
 * Where the task's page sends the user once the work is done (a path of the site, such as the import's report) and
 * the message shown there (or null).
 */
public record TaskFinish(String path, String message) {}
