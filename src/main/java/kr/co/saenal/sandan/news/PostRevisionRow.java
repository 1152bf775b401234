package kr.co.saenal.sandan.news;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import org.hibernate.envers.RevisionType;

/** One entry in a post's history: which revision, when, by whom, and what the post was called then. */
public record PostRevisionRow(
        long revision,
        Instant revisedAt,
        String editor,
        RevisionType type,
        String title,
        PostStatus status,
        Instant publishedAt)
        implements Serializable {

    public String getRevisedAtText() {
        return KoreanTime.compact(revisedAt);
    }

    public String getChangeLabel() {
        return Texts.say(PostRevisionRow.class, "postRevisionRow." + type.name());
    }

    public String getStatusLabel() {
        return status == null ? "" : status.label();
    }
}
