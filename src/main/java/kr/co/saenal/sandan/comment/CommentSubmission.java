package kr.co.saenal.sandan.comment;

/**
 * A comment form as it came back: what the reader typed, the honeypot field (left empty by people, who never see
 * it) and the signed stamp of when the form was served.
 */
public record CommentSubmission(String name, String text, String honeypot, String stamp) {

    public static final String NAME = "name";
    public static final String TEXT = "text";
}
