package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh12", "ABCDEFGHI!", "Abcdef1!", "산단비밀번호2026"})
    void tenCharactersOfTwoKindsOrEightOfThreeAreAccepted(String password) {
        assertTrue(PasswordPolicy.problemWith(password, "kim").isEmpty(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "1234567890", "abcdef12", "Abcdef1", "Ab1!", ""})
    void shortOrOneKindPasswordsAreRefusedInKorean(String password) {
        String problem = PasswordPolicy.problemWith(password, "kim").orElseThrow();
        assertTrue(problem.contains("비밀번호"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Editor-Kim-2026", "my editor-kim pass"})
    void theUsernameAndSpacesAreRefused(String password) {
        assertTrue(PasswordPolicy.problemWith(password, "editor-kim").isPresent());
    }

    @org.junit.jupiter.api.Test
    void kindsAreUpperLowerDigitsAndSymbols() {
        assertEquals(4, PasswordPolicy.kinds("aA1!"));
        assertEquals(1, PasswordPolicy.kinds("abc"));
    }
}
