package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A post scheduled to become public. */
public record UpcomingPost(long id, String title, Instant publishAt) {

    public String getPublishAtText() {
        return KoreanTime.dateTime(publishAt);
    }
}
