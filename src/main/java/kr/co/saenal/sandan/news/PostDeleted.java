package kr.co.saenal.sandan.news;

/**
 * A CDI event: a post is being deleted. Observers run in the same transaction, before the row goes, and drop what
 * they keep that points to it (a consultation request sent from its page keeps everything but the link).
 */
public record PostDeleted(long postId) {}
