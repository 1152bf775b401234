package kr.co.saenal.sandan.news;

import java.io.Serializable;
import java.time.Instant;

/**
 * A redirect as the back office lists it: the old address, where it leads now ({@code targetPath}: a post's current
 * address, or the path stored), the post's title when it leads to one, and its hits.
 */
public record RedirectRow(
        long id,
        String oldPath,
        Long postId,
        String postTitle,
        String targetPath,
        Redirect.Origin origin,
        long hits,
        Instant lastHitAt,
        Instant changedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** For queries: the post's id and slug make its address. */
    public RedirectRow(
            long id,
            String oldPath,
            Long postId,
            String postTitle,
            String postSlug,
            String targetPath,
            Redirect.Origin origin,
            long hits,
            Instant lastHitAt,
            Instant changedAt) {
        this(
                id,
                oldPath,
                postId,
                postTitle,
                postId == null ? targetPath : ArticlePaths.of(postId, postSlug),
                origin,
                hits,
                lastHitAt,
                changedAt);
    }

    /** The origin in the reader's language. */
    public String originLabel() {
        return kr.co.saenal.sandan.platform.Texts.say(RedirectRow.class, "redirect.origin." + origin.name());
    }
}
