package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A pinned post (공지) as the head of a list shows it; {@code until} is when its pin ends, or {@code null}. */
public record PinnedNotice(NewsSummary post, Instant until) {

    /** The last day of the pin in Korea ({@code 12월 31일}), or {@code null} for a pin without end. */
    public String getLastDay() {
        return until == null ? null : KoreanTime.shortDate(until.minusNanos(1));
    }
}
