package kr.co.saenal.sandan.news;

import java.time.Instant;
import kr.co.saenal.sandan.platform.Texts;

/** Where a post stands for readers at a given moment (a scheduled post is published with a future time). */
public enum PublicationState {
    DRAFT,
    SCHEDULED,
    PUBLISHED;

    /** A post's state at {@code now}: a published post whose time has not come is scheduled. */
    static PublicationState of(PostStatus status, Instant publishedAt, Instant now) {
        if (status == PostStatus.DRAFT) {
            return DRAFT;
        }
        return publishedAt.isAfter(now) ? SCHEDULED : PUBLISHED;
    }

    /** The state in the language of the request being served. */
    public String getLabel() {
        return Texts.say(PublicationState.class, "publicationState." + name());
    }
}
