package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.stream.Stream;
import kr.co.saenal.sandan.comment.CommentState;
import kr.co.saenal.sandan.platform.Texts;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;

/**
 * The texts of news, comment, site, discovery and media in both languages: a label for every state a page shows,
 * numbers as Korean readers write them. (That both languages have the same keys is {@code TextsBundlesTest}'s.)
 */
class NewsTextsTest {

    @Test
    void everyStateHasALabelInBothLanguages() {
        for (Locale locale : Texts.SPOKEN) {
            try (Texts.Scope speaking = Texts.speak(locale)) {
                assertAll(Stream.of(
                                Stream.of(PostStatus.values()).map(PostStatus::label),
                                Stream.of(PublicationState.values()).map(PublicationState::getLabel),
                                Stream.of(CommentState.values()).map(CommentState::getLabel),
                                Stream.of(RevisionType.values())
                                        .map(type -> new PostRevisionRow(1, null, null, type, null, null, null)
                                                .getChangeLabel()))
                        .flatMap(labels -> labels)
                        .map(label -> () -> assertFalse(label.isBlank(), locale + ": " + label)));
            }
        }
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals("Scheduled", PublicationState.SCHEDULED.getLabel());
            assertEquals("Awaiting review", CommentState.PENDING.getLabel());
        }
        assertEquals("예약", PublicationState.SCHEDULED.getLabel(), "Korean outside a request");
        assertEquals("검토 대기", CommentState.PENDING.getLabel());
    }

    @Test
    void koreanNumbersStayUngroupedAsBeforeEnglishCountsAgree() {
        assertEquals(
                "‘산단 소식’ 분류에 글이 1234개 있어 삭제할 수 없습니다. 글을 다른 분류로 옮긴 뒤 삭제해 주세요.",
                Texts.format(Newsroom.class, Locale.KOREAN, "categoryDesk.notEmpty", "산단 소식", 1234L));
        assertEquals(
                "The category ‘산단 소식’ still holds one post and cannot be deleted. Move its posts to another "
                        + "category first.",
                Texts.format(Newsroom.class, Locale.ENGLISH, "categoryDesk.notEmpty", "산단 소식", 1L));
        assertEquals(
                "댓글은 1000자 이내로 입력해 주세요. 지금 1001자입니다.",
                Texts.format(CommentState.class, Locale.KOREAN, "commentDesk.text.tooLong", 1000, 1001));
        assertEquals(
                "A comment can be at most 1,000 characters long; yours has 1,001.",
                Texts.format(CommentState.class, Locale.ENGLISH, "commentDesk.text.tooLong", 1000, 1001));
    }

    @Test
    void anUnknownCategoryIsNamedInTheRequestsLanguage() {
        assertEquals(
                "없는 분류입니다: nope",
                new UnknownCategoryException("nope").errors().get(0).message());
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals(
                    "No such category: " + "x".repeat(40) + "…",
                    new UnknownCategoryException("x".repeat(41)).errors().get(0).message());
        }
    }
}
