package kr.co.saenal.sandan.comment;

/** What a reader is told after sending a comment. A dropped bot submission is told the same as a person. */
public enum CommentOutcome {
    /** Stored; shown once an editor approves it. */
    AWAITING_REVIEW,
    /** Stored and shown at once (moderation is off). */
    PUBLISHED
}
