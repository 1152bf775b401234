package kr.co.saenal.sandan.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * On entities whose changes the public pages show ({@code @EntityListeners}): a change is announced as
 * {@link PublicContentChanged}, so that kept pages are dropped. Entities that change at a visitor's pace (inquiries,
 * the access log) must not carry it.
 */
public class PublicContentListener {

    @Inject
    Event<PublicContentChanged> changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        changes.fire(new PublicContentChanged(entity.getClass()));
    }
}
