package kr.co.saenal.sandan.news;

import kr.co.saenal.sandan.platform.Texts;

/** Whether a post is a draft or published (a published post with a future time is scheduled). */
public enum PostStatus {
    DRAFT,
    PUBLISHED;

    /** The status in the language of the request being served. */
    public String label() {
        return Texts.say(PostStatus.class, "postStatus." + name());
    }
}
