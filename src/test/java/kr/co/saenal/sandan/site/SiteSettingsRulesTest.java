package kr.co.saenal.sandan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSettingsRulesTest {

    private static SiteSettings with(String phone, String kakao) {
        return new SiteSettings(" 새날드림 ", "SAENAL", phone, "평일 09:00~18:00", "contact@saenal.example", kakao, "");
    }

    @Test
    void valuesAreTrimmedAndThePhoneNumberHyphenated() {
        SiteSettings checked = SiteSettingsService.check(with("0316133060", "https://open.kakao.com/o/room"));
        assertEquals("새날드림", checked.companyName());
        assertEquals("031-613-3060", checked.phone());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0801234567, 080-123-4567",
        "0505 123 4567, 0505-123-4567",
        "15881234, 1588-1234",
        "+82 2 1234 5678, 02-1234-5678"
    })
    void aTollFreePersonalOrRepresentativeNumberIsAGoodCompanyPhone(String typed, String stored) {
        assertEquals(
                stored,
                SiteSettingsService.check(with(typed, "https://open.kakao.com/o/room"))
                        .phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://open.kakao.com/o/sandanDemo", "https://open.kakao.com/me/saenal"})
    void kakaoOpenChatAddressesAreAccepted(String url) {
        assertTrue(SiteSettingsService.isKakaoOpenChat(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://open.kakao.com/o/room",
                "https://open.kakao.com/",
                "https://open.kakao.com.evil.example/o/x",
                "https://user@open.kakao.com/o/x",
                "https://open.kakao.com:8443/o/x",
                "javascript:alert(1)",
                "open.kakao.com/o/x"
            })
    void otherAddressesAreNot(String url) {
        assertFalse(SiteSettingsService.isKakaoOpenChat(url));
    }

    @Test
    void everyBrokenRuleIsNamedByItsField() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> SiteSettingsService.check(with("12345", "https://example.com/chat")));
        assertEquals(
                java.util.List.of("phone", "kakaoOpenChatUrl"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void refusalsAreSaidInTheRequestsLanguage() {
        SiteSettings blank = new SiteSettings(
                "",
                "SAENAL",
                "031-613-3060",
                "평일",
                "contact@saenal.example",
                "https://open.kakao.com/o/room",
                "가".repeat(301));
        assertEquals(
                java.util.List.of("회사명을(를) 입력해 주세요.", "소개 문구은(는) 300자 이내로 입력해 주세요."),
                messages(() -> SiteSettingsService.check(blank)));
        try (Texts.Scope english = Texts.speak(java.util.Locale.ENGLISH)) {
            assertEquals(
                    java.util.List.of("Enter the company name.", "The tagline can be at most 300 characters long."),
                    messages(() -> SiteSettingsService.check(blank)));
        }
    }

    private static java.util.List<String> messages(org.junit.jupiter.api.function.Executable check) {
        return assertThrows(RuleViolationException.class, check).errors().stream()
                .map(FieldError::message)
                .toList();
    }
}
