/**
 * Readers' comments under articles: plain text only, checked against bots (honeypot, fill time, rate limit),
 * held for moderation by default ({@link kr.co.saenal.sandan.comment.CommentPolicy}), approved or rejected by
 * editors in the {@link kr.co.saenal.sandan.comment.ModerationQueue}.
 */
package kr.co.saenal.sandan.comment;
