package kr.co.saenal.sandan.platform.web;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * On entities whose changes the public pages show ({@code @EntityListeners}): a change drops the pages that
 * {@link PageCache} keeps. Entities that change at a visitor's pace (inquiries, the access log) must not carry it.
 */
public class PublicContentListener {

    @Inject
    PageCache pages;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        pages.contentChanged();
    }
}
