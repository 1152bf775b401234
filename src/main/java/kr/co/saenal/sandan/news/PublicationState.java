package kr.co.saenal.sandan.news;

import kr.co.saenal.sandan.platform.Texts;

/** Where a post stands for readers at a given moment (a scheduled post is published with a future time). */
public enum PublicationState {
    DRAFT,
    SCHEDULED,
    PUBLISHED;

    /** The state in the language of the request being served. */
    public String getLabel() {
        return Texts.say(PublicationState.class, "publicationState." + name());
    }
}
