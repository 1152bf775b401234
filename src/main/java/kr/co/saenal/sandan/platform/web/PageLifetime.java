package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.ServletRequest;
import java.time.Instant;

/**
 * What a page tells {@link PageCache} about its own end: a page that shows something with a known end (a pinned
 * notice that runs out at midnight) says when, and the cache never serves it from then on — not even as a stale copy
 * while its successor renders. Pages that say nothing live by the cache's usual rules.
 */
public final class PageLifetime {

    static final String ATTRIBUTE = PageLifetime.class.getName();

    private PageLifetime() {}

    /** The page being rendered for {@code request} shows something that changes at {@code at} ({@code null}: never). */
    public static void changesAt(ServletRequest request, Instant at) {
        if (at == null) {
            return;
        }
        Instant earlier = of(request);
        if (earlier == null || at.isBefore(earlier)) {
            request.setAttribute(ATTRIBUTE, at);
        }
    }

    /** The earliest change a page rendered for {@code request} announced, or {@code null}. */
    static Instant of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Instant at ? at : null;
    }
}
