package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "010-1234-5678, 010-1234-5678",
        "01012345678, 010-1234-5678",
        "010 1234 5678, 010-1234-5678",
        "010.1234.5678, 010-1234-5678",
        "011-123-4567, 011-123-4567",
        "+82 10 1234 5678, 010-1234-5678",
        "+82-10-1234-5678, 010-1234-5678",
        "+82 010 1234 5678, 010-1234-5678",
        "0082-10-1234-5678, 010-1234-5678",
        "031-613-3060, 031-613-3060",
        "(031) 613-3060, 031-613-3060",
        "0316133060, 031-613-3060",
        "02-123-4567, 02-123-4567",
        "02-1234-5678, 02-1234-5678",
        "+82 2 1234 5678, 02-1234-5678",
        "064-712-3456, 064-712-3456",
        "070-1234-5678, 070-1234-5678",
        "1588-1234, 1588-1234"
    })
    void koreanNumbersAreReadAndWrittenTheUsualWay(String raw, String expected) {
        assertEquals(expected, PhoneNumber.parse(raw).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "010-1234-567", "010-1234-56789", "019-12-3456", "039-613-3060",
        "010-1234-567a", "+1 415 555 0100", "1234-5678", "00-000-0000", "010--1234--5678--0000000000000000000"})
    void otherInputIsNotAPhoneNumber(String raw) {
        assertTrue(PhoneNumber.parse(raw).isEmpty(), raw);
    }
}
