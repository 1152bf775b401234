package kr.co.saenal.sandan.faq;

import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;

/** A question as the back office's table shows it. */
public record FaqItemRow(
        long id, long topicId, String topicName, String question, boolean published, Instant updatedAt) {

    public String getUpdated() {
        return KoreanTime.compact(updatedAt);
    }
}
