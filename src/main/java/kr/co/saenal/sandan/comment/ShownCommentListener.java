package kr.co.saenal.sandan.comment;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import kr.co.saenal.sandan.platform.PublicContentChanged;

/**
 * Announces a change to the comments articles show, so that kept article pages are dropped: a comment shown at once,
 * and every moderation (approving, rejecting or deleting one). A comment held for review changes no page, and comes
 * at a visitor's pace: it drops nothing.
 */
public class ShownCommentListener {

    @Inject
    Event<PublicContentChanged> changes;

    @PostPersist
    void added(Comment comment) {
        if (comment.getState() == CommentState.APPROVED) {
            changes.fire(new PublicContentChanged(Comment.class));
        }
    }

    @PostUpdate
    @PostRemove
    void moderated(Comment comment) {
        changes.fire(new PublicContentChanged(Comment.class));
    }
}
