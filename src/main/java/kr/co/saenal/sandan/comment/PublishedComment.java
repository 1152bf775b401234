package kr.co.saenal.sandan.comment;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** An approved comment as readers see it under the article. The text is plain; pages escape it. */
public record PublishedComment(long id, String authorName, String body, Instant postedAt) {

    public String getPostedAtText() {
        return KoreanTime.dateTime(postedAt);
    }
}
