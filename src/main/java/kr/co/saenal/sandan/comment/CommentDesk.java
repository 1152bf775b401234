package kr.co.saenal.sandan.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.guard.FormStamps;

/**
 * The readers' side of comments: taking a comment under a published article (after the bot checks and the rate
 * limit of the {@link CommentPolicy}), and the approved comments each article shows.
 */
@ApplicationScoped
@Transactional
public class CommentDesk {

    private static final Logger LOG = Logger.getLogger(CommentDesk.class.getName());

    @Inject
    CommentRepository comments;

    @Inject
    CommentPolicyService policies;

    @Inject
    FormStamps stamps;

    @Inject
    Clock clock;

    /** A fresh stamp for the form under this article (no transaction: every answer of a kept article asks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String stampFor(long articleId) {
        return stamps.issue(articleId, clock.instant());
    }

    /**
     * Stores the comment (held for review or shown at once, as the policy says), or drops it silently when it
     * comes from a bot (honeypot filled in, stamp missing, forged or too young).
     *
     * @param articleId a published article (the caller found it)
     * @throws RuleViolationException for empty or too long fields (by field), an expired form or too many
     *                                comments from this address (field-less); nothing is stored then
     */
    public CommentOutcome submit(long articleId, CommentSubmission submission, String clientAddress) {
        CommentPolicy policy = policies.current();
        CommentOutcome told = policy.moderation() ? CommentOutcome.AWAITING_REVIEW : CommentOutcome.PUBLISHED;
        Instant now = clock.instant();
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
            LOG.info(() -> "Comment under post " + articleId + " dropped: honeypot filled in");
            return told;
        }
        FormStamps.Verdict stamp = stamps.judge(submission.stamp(), articleId, now, policy.minFillTime());
        if (stamp == FormStamps.Verdict.NOT_OURS || stamp == FormStamps.Verdict.TOO_YOUNG) {
            LOG.info(() -> "Comment under post " + articleId + " dropped: "
                    + (stamp == FormStamps.Verdict.NOT_OURS ? "no valid form stamp" : "sent too fast"));
            return told;
        }
        String name = CommentText.name(submission.name());
        String text = CommentText.body(submission.text());
        List<FieldError> errors = check(name, text);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (stamp == FormStamps.Verdict.EXPIRED) {
            throw new RuleViolationException(List.of(new FieldError(null, text("expired"))));
        }
        long recent = comments.countFrom(clientAddress, now.minus(policy.rateWindow()));
        if (recent >= policy.rateLimit()) {
            throw new RuleViolationException(
                    List.of(new FieldError(null, text("tooOften", policy.rateWindowMinutes(), policy.rateLimit()))));
        }
        Comment comment = new Comment(articleId, name, text, clientAddress, now, policy.moderation());
        comments.add(comment);
        LOG.info(() -> "Comment " + comment.getId() + " under post " + articleId + " " + comment.getState());
        return told;
    }

    static List<FieldError> check(String name, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError(CommentSubmission.NAME, text("name.required")));
        } else if (name.length() > Comment.MAX_NAME_LENGTH) {
            errors.add(new FieldError(CommentSubmission.NAME, text("name.tooLong", Comment.MAX_NAME_LENGTH)));
        }
        if (text.isEmpty()) {
            errors.add(new FieldError(CommentSubmission.TEXT, text("text.required")));
        } else if (text.length() > Comment.MAX_TEXT_LENGTH) {
            errors.add(new FieldError(
                    CommentSubmission.TEXT, text("text.tooLong", Comment.MAX_TEXT_LENGTH, text.length())));
        }
        return errors;
    }

    /** A refusal in the language of the request being served (the reader's). */
    private static String text(String key, Object... arguments) {
        return Texts.say(CommentDesk.class, "commentDesk." + key, arguments);
    }

    /** The approved comments of an article, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublishedComment> approved(long articleId) {
        return comments.approvedUnder(articleId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentPolicy policy() {
        return policies.current();
    }
}
