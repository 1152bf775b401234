package kr.co.saenal.sandan.comment;

import kr.co.saenal.sandan.platform.Texts;

/** Where a comment stands: waiting for review, shown under the article, or refused by an editor. */
public enum CommentState {
    PENDING,
    APPROVED,
    REJECTED;

    /** The state in the language of the request being served. */
    public String getLabel() {
        return Texts.say(CommentState.class, "commentState." + name());
    }
}
