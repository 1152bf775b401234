package kr.co.saenal.sandan.news.importing;

import java.time.Instant;

/** An approved comment of the old site under an item (WXR only): its author, text (may be HTML) and time. */
public record FeedComment(String author, String text, Instant postedAt) {}
