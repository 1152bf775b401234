package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Comments brought over from the old site by the news import: stored as approved comments (the old site had
 * approved them), moderated by the editor who imported them, at the time they were written there. Plain text, cleaned
 * as a reader's; a name or text longer than a comment may hold is shortened, a blank one is not stored.
 */
@ApplicationScoped
@Transactional
public class ImportedComments {

    /** Stands in for the reader's address, which the old site's export does not carry. */
    static final String IMPORTED_ADDRESS = "imported";

    @Inject
    CommentRepository comments;

    @Inject
    Clock clock;

    /** @return whether the comment was stored (not when its name or text is blank once cleaned) */
    public boolean addApproved(long postId, String author, String text, Instant postedAt, String importedBy) {
        String name = shorten(CommentText.name(author), Comment.MAX_NAME_LENGTH);
        String body = shorten(CommentText.body(text), Comment.MAX_TEXT_LENGTH);
        if (name.isBlank() || body.isBlank()) {
            return false;
        }
        Comment comment =
                new Comment(postId, name, body, IMPORTED_ADDRESS, Objects.requireNonNull(postedAt, "postedAt"), false);
        comment.approve(importedBy, clock.instant());
        comments.add(comment);
        return true;
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }
}
