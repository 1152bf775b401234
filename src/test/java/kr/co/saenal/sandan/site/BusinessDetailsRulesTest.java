package kr.co.saenal.sandan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDetailsRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"124-81-35672", "1248135672", " 124 81 35672 ", "218-81-03548", "220-81-62517"})
    void numbersWithTheirCheckDigitAreTakenAndHyphenated(String typed) {
        var parsed = BusinessRegistrationNumber.parse(typed);
        assertTrue(parsed.isPresent(), typed);
        assertTrue(
                parsed.get().value().matches("\\d{3}-\\d{2}-\\d{5}"),
                parsed.get().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"124-81-35671", "124-81-3567", "124-81-356722", "12a-81-35672", "", "---"})
    void aWrongCheckDigitOrShapeIsRefused(String typed) {
        assertFalse(BusinessRegistrationNumber.parse(typed).isPresent(), typed);
    }

    @Test
    void theDetailsAreCheckedTogetherAndTheNumberStoredHyphenated() {
        BusinessDetails checked =
                BusinessDetailsService.check(new BusinessDetails(" 김새날 ", "1248135672", "경기도 시흥시 정왕동 1234-5"));
        assertEquals(new BusinessDetails("김새날", "124-81-35672", "경기도 시흥시 정왕동 1234-5"), checked);
    }

    @Test
    void everyBrokenRuleIsNamedInKorean() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> BusinessDetailsService.check(new BusinessDetails("", "124-81-35671", "")));
        assertEquals(
                List.of("representative", "registrationNumber", "address"),
                refused.errors().stream().map(FieldError::field).toList());
        assertTrue(
                refused.errors().get(1).message().contains("검증 번호"),
                refused.errors().get(1).message());
        RuleViolationException shape = assertThrows(
                RuleViolationException.class,
                () -> BusinessDetailsService.check(new BusinessDetails("김새날", "124-81", "주소")));
        assertTrue(
                shape.errors().get(0).message().contains("###-##-#####"),
                shape.errors().get(0).message());
    }
}
