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
import kr.co.saenal.sandan.platform.guard.FormStamps;
import kr.co.saenal.sandan.platform.RuleViolationException;

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

    /** A fresh stamp for the form under this article. */
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
            throw new RuleViolationException(List.of(new FieldError(null,
                    "글쓰기 양식이 너무 오래되었습니다. 내용을 복사해 두고 페이지를 새로 고친 뒤 다시 남겨 주세요.")));
        }
        long recent = comments.countFrom(clientAddress, now.minus(policy.rateWindow()));
        if (recent >= policy.rateLimit()) {
            throw new RuleViolationException(List.of(new FieldError(null, "댓글을 너무 자주 남기셨습니다. "
                    + policy.rateWindowMinutes() + "분 동안 " + policy.rateLimit() + "개까지 남길 수 있으니 잠시 뒤에 다시 시도해 주세요.")));
        }
        Comment comment = new Comment(articleId, name, text, clientAddress, now, policy.moderation());
        comments.add(comment);
        LOG.info(() -> "Comment " + comment.getId() + " under post " + articleId + " " + comment.getState());
        return told;
    }

    static List<FieldError> check(String name, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError(CommentSubmission.NAME, "이름을 입력해 주세요."));
        } else if (name.length() > Comment.MAX_NAME_LENGTH) {
            errors.add(new FieldError(CommentSubmission.NAME, "이름은 " + Comment.MAX_NAME_LENGTH + "자 이내로 입력해 주세요."));
        }
        if (text.isEmpty()) {
            errors.add(new FieldError(CommentSubmission.TEXT, "댓글 내용을 입력해 주세요."));
        } else if (text.length() > Comment.MAX_TEXT_LENGTH) {
            errors.add(new FieldError(CommentSubmission.TEXT, "댓글은 " + Comment.MAX_TEXT_LENGTH
                    + "자 이내로 입력해 주세요. 지금 " + text.length() + "자입니다."));
        }
        return errors;
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
