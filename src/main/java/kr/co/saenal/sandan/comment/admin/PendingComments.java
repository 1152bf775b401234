package kr.co.saenal.sandan.comment.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.comment.ModerationQueue;

/** {@code #{pendingComments.count}}: the badge next to 댓글 in the back-office menu. */
@Named
@RequestScoped
public class PendingComments {

    @Inject
    ModerationQueue queue;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = queue.pending();
        }
        return count;
    }
}
