package kr.co.saenal.sandan.news.web;

import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.testsupport.Http;

/** A published article a test makes for itself (inside the server) and removes after it, with its public path. */
record TestArticle(long id, String path) {

    static TestArticle publish(Newsroom newsroom, CategoryDesk categories, String title, String body) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setSummary(title + " 요약");
        draft.setBody(body);
        draft.setCategoryId(categories.list().get(0).id());
        draft.setAuthorName("편집팀");
        draft.setPublication(PublicationState.PUBLISHED);
        long id = newsroom.save(null, draft, "test");
        Http.Reply redirect = new Http().get("/news/" + id);
        return new TestArticle(
                id, redirect.header("Location").orElseThrow(() -> new AssertionError(redirect.toString())));
    }

    void remove(Newsroom newsroom) {
        if (newsroom.find(id).isPresent()) {
            newsroom.delete(id);
        }
    }
}
