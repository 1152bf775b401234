package kr.co.saenal.sandan.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import org.junit.jupiter.api.Test;

/** A comment's refusals are said in the reader's language: Korean as before, English under the English pages. */
class CommentRefusalsTest {

    @Test
    void emptyAndTooLongFieldsInKoreanAndEnglish() {
        assertEquals(List.of("이름을 입력해 주세요.", "댓글 내용을 입력해 주세요."), messages(CommentDesk.check("", "")));
        assertEquals(
                List.of("이름은 30자 이내로 입력해 주세요.", "댓글은 1000자 이내로 입력해 주세요. 지금 1001자입니다."),
                messages(CommentDesk.check("가".repeat(31), "나".repeat(1001))));
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals(
                    List.of("Please enter your name.", "Please write your comment."),
                    messages(CommentDesk.check("", "")));
            assertEquals(
                    List.of(
                            "Your name can be at most 30 characters long.",
                            "A comment can be at most 1,000 characters long; yours has 1,001."),
                    messages(CommentDesk.check("가".repeat(31), "나".repeat(1001))));
        }
    }

    @Test
    void policyLimitsOutOfRange() {
        RuleViolationException korean =
                assertThrows(RuleViolationException.class, () -> new CommentPolicy(true, 3, 3, 0).check());
        assertEquals(List.of("제한 시간은 1분에서 1440분(하루) 사이로 정해 주세요."), messages(korean.errors()));
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            RuleViolationException refused =
                    assertThrows(RuleViolationException.class, () -> new CommentPolicy(true, -1, 0, 3).check());
            assertEquals(
                    List.of(
                            "Set the minimum writing time between 0 and 600 seconds.",
                            "Set the number of comments allowed between 1 and 1,000."),
                    messages(refused.errors()));
        }
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }
}
