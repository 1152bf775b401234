package kr.co.saenal.sandan.complex.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.saenal.sandan.platform.PublicContentChanged;

/** Counts the {@link PublicContentChanged} announcements the page cache hears (only in the test deployment). */
@ApplicationScoped
public class AnnouncedChanges {

    private final AtomicInteger count = new AtomicInteger();

    void heard(@Observes PublicContentChanged change) {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
