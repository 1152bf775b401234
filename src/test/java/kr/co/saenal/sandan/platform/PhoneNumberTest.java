package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of number Korea assigns that a requester can be called back on is read, and written the usual
 * hyphenated way; anything else is refused.
 */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // mobile
        "010-1234-5678, 010-1234-5678",
        "01012345678, 010-1234-5678",
        "010 1234 5678, 010-1234-5678",
        "010.1234.5678, 010-1234-5678",
        "(010) 1234-5678, 010-1234-5678",
        // the older mobile prefixes, with 3- or 4-digit exchanges (libphonenumber still knows them)
        "011-123-4567, 011-123-4567",
        "011-1234-5678, 011-1234-5678",
        "016-123-4567, 016-123-4567",
        "017-1234-5678, 017-1234-5678",
        "018-123-4567, 018-123-4567",
        "019-1234-5678, 019-1234-5678",
        // Seoul, with 3- and 4-digit exchanges
        "02-123-4567, 02-123-4567",
        "02-1234-5678, 02-1234-5678",
        "0212345678, 02-1234-5678",
        // the other area codes
        "031-613-3060, 031-613-3060",
        "(031) 613-3060, 031-613-3060",
        "0316133060, 031-613-3060",
        "031-1234-5678, 031-1234-5678",
        "032-123-4567, 032-123-4567",
        "033-123-4567, 033-123-4567",
        "041-123-4567, 041-123-4567",
        "042-1234-5678, 042-1234-5678",
        "043-123-4567, 043-123-4567",
        "044-123-4567, 044-123-4567",
        "051-123-4567, 051-123-4567",
        "052-123-4567, 052-123-4567",
        "053-1234-5678, 053-1234-5678",
        "054-123-4567, 054-123-4567",
        "055-123-4567, 055-123-4567",
        "061-123-4567, 061-123-4567",
        "062-123-4567, 062-123-4567",
        "063-123-4567, 063-123-4567",
        "064-712-3456, 064-712-3456",
        // internet telephony
        "070-1234-5678, 070-1234-5678",
        "07012345678, 070-1234-5678",
        // personal numbers (평생번호, 안심번호): the prefix is written with its fourth digit
        "0502-123-4567, 0502-123-4567",
        "0503-1234-5678, 0503-1234-5678",
        "0504-123-4567, 0504-123-4567",
        "05051234567, 0505-123-4567",
        "0506-123-4567, 0506-123-4567",
        "0507.1234.5678, 0507-1234-5678",
        "0508 123 4567, 0508-123-4567",
        // toll-free
        "080-123-4567, 080-123-4567",
        "0801234567, 080-123-4567",
        // nationwide representative numbers
        "1588-1234, 1588-1234",
        "15881234, 1588-1234",
        "1577 1234, 1577-1234",
        "1544-1234, 1544-1234",
        "1522-1234, 1522-1234",
        "1566-1234, 1566-1234",
        "1599-1234, 1599-1234",
        "1600-1234, 1600-1234",
        "1644-1234, 1644-1234",
        "1661-1234, 1661-1234",
        "1670-1234, 1670-1234",
        "1688-1234, 1688-1234",
        "1800-1234, 1800-1234",
        "1855-1234, 1855-1234",
        "1899-1234, 1899-1234",
        // from abroad
        "+82 10 1234 5678, 010-1234-5678",
        "+82-10-1234-5678, 010-1234-5678",
        "+8210-1234-5678, 010-1234-5678",
        "+82 010 1234 5678, 010-1234-5678",
        "+82 (0)10 1234 5678, 010-1234-5678",
        "0082-10-1234-5678, 010-1234-5678",
        "+82 2 1234 5678, 02-1234-5678",
        "+82 31 613 3060, 031-613-3060",
        "+82 70 1234 5678, 070-1234-5678",
        "+82 505 123 4567, 0505-123-4567",
        "+82 80 123 4567, 080-123-4567",
        "+82 1588 1234, 1588-1234",
        "' 010-1234-5678 ', 010-1234-5678"
    })
    void koreanNumbersAreReadAndWrittenTheUsualWay(String raw, String expected) {
        assertEquals(
                expected,
                PhoneNumber.parse(raw)
                        .orElseThrow(() -> new AssertionError(raw + " refused"))
                        .value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // too short or too long
                "",
                " ",
                "12345",
                "02-12-3456",
                "031-12-3456",
                "010-1234-567",
                "010-123-4567",
                "010-1234-56789",
                "019-12-3456",
                "1588-123",
                "1588-12345",
                "080-1234-5678",
                // letters, as on a keypad or a typo
                "010-1234-567a",
                "010-CALL-5678",
                "1577-CALL",
                "공일공-1234-5678",
                "010-1234-5678 내선 2",
                // no such prefix in Korea
                "039-613-3060",
                "030-1234-5678",
                "00-000-0000",
                "1234-5678",
                "1700-1234",
                "1988-1234",
                "1811-1234",
                // premium-rate (정보이용료가 붙는 060), pagers (015) and machine-to-machine (012): nobody to call back there
                "060-700-1234",
                "060-600-1234",
                "015-2345-6789",
                "012-345-6789",
                // foreign numbers, and international prefixes other than +82
                "+1 415 555 0100",
                "+81 3-1234-5678",
                "001-1-415-555-0100",
                "+82 0 0 1234 5678",
                // Korean numbers written in ways that are not Korean
                "82-10-1234-5678",
                "10-1234-5678",
                "01588-1234",
                // too long to be typed by a person
                "010--1234--5678--0000000000000000000"
            })
    void otherInputIsNotAPhoneNumber(String raw) {
        assertTrue(PhoneNumber.parse(raw).isEmpty(), raw);
    }

    @Test
    void nothingIsNotANumberEither() {
        assertTrue(PhoneNumber.parse(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0505-123-4567", "080-123-4567", "1588-1234", "+82 10 1234 5678"})
    void theRequestFormTakesWhatTheParserTakes(String phone) {
        assertTrue(new KoreanPhoneNumber.Validator().isValid(phone, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "060-700-1234", "+1 415 555 0100", "010-1234-567a"})
    void theRequestFormRefusesTheRestWithTheUsualKoreanMessage(String phone) {
        assertFalse(new KoreanPhoneNumber.Validator().isValid(phone, null));
        assertEquals("전화번호 형식이 올바르지 않습니다. 예: 010-1234-5678, 031-613-3060", message("sandan.inquiry.phone.invalid"));
    }

    @Test
    void aBlankNumberIsLeftToTheRequiredRule() {
        assertTrue(new KoreanPhoneNumber.Validator().isValid(" ", null));
        assertEquals("연락받으실 전화번호를 입력해 주세요.", message("sandan.inquiry.phone.required"));
    }

    private static String message(String key) {
        return ResourceBundle.getBundle("ValidationMessages", Locale.KOREAN).getString(key);
    }
}
