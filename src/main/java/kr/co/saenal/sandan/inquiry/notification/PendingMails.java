package kr.co.saenal.sandan.inquiry.notification;

import java.time.Instant;

/**
 * The outbox's queue: mails still to send, those due for longer than a check allows, and when the longest waiting
 * one fell due ({@code null} when none is pending). Counts and times only: no recipient, no text.
 */
public record PendingMails(long pending, long overdue, Instant oldestDue) {}
