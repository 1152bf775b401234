package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import kr.co.saenal.sandan.inquiry.InquiryDestroyedException;
import kr.co.saenal.sandan.inquiry.StatusChangeNotAllowedException;
import org.junit.jupiter.api.Test;

/** Texts come from their feature's bundle, in the language of the request a thread serves, Korean by default. */
class TextsTest {

    @Test
    void aClassOfASubPackageReadsItsFeaturesTexts() {
        assertEquals("kr.co.saenal.sandan.inquiry", Texts.feature(StatusChangeNotAllowedException.class));
        assertEquals("kr.co.saenal.sandan.platform", Texts.feature(kr.co.saenal.sandan.platform.api.Problem.class));
    }

    @Test
    void koreanUnlessTheRequestSpeaksEnglish() {
        assertEquals(Locale.KOREAN, Texts.current());
        assertEquals(
                "개인정보가 파기된 상담 신청입니다.", Texts.say(InquiryDestroyedException.class, "problem.inquiry-destroyed.title"));
        try (Texts.Scope english = Texts.speak(Locale.US)) {
            assertEquals(Locale.ENGLISH, Texts.current());
            assertEquals(
                    "The personal data of this inquiry was destroyed.",
                    Texts.say(InquiryDestroyedException.class, "problem.inquiry-destroyed.title"));
        }
        assertEquals(Locale.KOREAN, Texts.current(), "back to Korean when the request is over");
    }

    @Test
    void anyOtherLanguageIsAnsweredInKorean() {
        try (Texts.Scope french = Texts.speak(Locale.FRENCH)) {
            assertEquals(Locale.KOREAN, Texts.current());
        }
    }

    @Test
    void valuesAreFilledInAndQuotesKept() {
        assertEquals(
                "'접수' 상태에서 '완료'(으)로 바꿀 수 없습니다.",
                Texts.format(
                        StatusChangeNotAllowedException.class,
                        Locale.KOREAN,
                        "problem.status-change-not-allowed.detail",
                        "접수",
                        "완료"));
    }
}
