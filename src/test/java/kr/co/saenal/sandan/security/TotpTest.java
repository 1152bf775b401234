package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238, appendix B (SHA-1, the secret "12345678901234567890"), six digits as apps show them. */
class TotpTest {

    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesOfTheRfcTestVectors() {
        assertEquals("287082", code(59));
        assertEquals("081804", code(1111111109));
        assertEquals("050471", code(1111111111));
        assertEquals("005924", code(1234567890));
        assertEquals("279037", code(2000000000));
    }

    @Test
    void aCodeIsGoodForItsStepAndTheStepsBesideIt() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "005924", now));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now));
        assertEquals(
                OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, "  " + Totp.code(RFC_SECRET, step + 1), now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, "12345", now));
        assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SECRET, null, now));
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheAddressNamesTheIssuer() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals(
                "otpauth://totp/%EC%83%88%EB%82%A0%20%EA%B4%80%EB%A6%AC:kim?secret=" + secret
                        + "&issuer=%EC%83%88%EB%82%A0%20%EA%B4%80%EB%A6%AC&algorithm=SHA1&digits=6&period=30",
                Totp.uri("새날 관리", "kim", secret));
    }

    private static String code(long epochSecond) {
        return Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond)));
    }
}
