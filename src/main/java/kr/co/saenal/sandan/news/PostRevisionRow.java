package kr.co.saenal.sandan.news;

import java.io.Serializable;
import java.time.Instant;
import kr.co.saenal.sandan.platform.KoreanTime;
import org.hibernate.envers.RevisionType;

/** One entry in a post's history: which revision, when, by whom, and what the post was called then. */
public record PostRevisionRow(long revision, Instant revisedAt, String editor, RevisionType type, String title,
        PostStatus status, Instant publishedAt) implements Serializable {

    public String getRevisedAtText() {
        return KoreanTime.compact(revisedAt);
    }

    public String getChangeLabel() {
        return switch (type) {
            case ADD -> "작성";
            case MOD -> "수정";
            case DEL -> "삭제";
        };
    }

    public String getStatusLabel() {
        return status == null ? "" : status.label();
    }
}
