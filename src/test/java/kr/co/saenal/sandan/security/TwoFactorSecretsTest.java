package kr.co.saenal.sandan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class TwoFactorSecretsTest {

    private static final String KEY = "u2Vdw80WAhmJKUWJOGP3rBh++gsnjFbmj/nABJG91R0=";
    private static final String OTHER_KEY = "q3zd0uN4pW3Pp0yYl1m7D2m8H0mQ2xv0wQy1m9KkP2E=";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void withTheKeyTheStoredSecretIsSealedAndOpensForItsAccountOnly() {
        TwoFactorSecrets secrets = withKey(KEY);
        String stored = secrets.seal("kim", SECRET);

        assertTrue(stored.startsWith("v1:") && !stored.contains(SECRET), stored);
        assertTrue(stored.length() <= 128, "fits the column: " + stored.length());
        assertNotEquals(stored, secrets.seal("kim", SECRET), "a fresh nonce each time");
        assertEquals(SECRET, secrets.open("kim", stored));
        assertThrows(TwoFactorSecrets.UnreadableSecretException.class, () -> secrets.open("lee", stored));
        assertThrows(
                TwoFactorSecrets.UnreadableSecretException.class,
                () -> withKey(OTHER_KEY).open("kim", stored));
        String tampered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(TwoFactorSecrets.UnreadableSecretException.class, () -> secrets.open("kim", tampered));
    }

    @Test
    void withoutTheKeySecretsAreKeptAsTheyAreAndASealedOneCannotBeOpened() {
        TwoFactorSecrets secrets = new TwoFactorSecrets(SettingsReader.of(Map.of()));
        assertFalse(secrets.sealing());
        assertTrue(secrets.unsealedInProduction());
        assertEquals(SECRET, secrets.seal("kim", SECRET));
        assertEquals(SECRET, secrets.open("kim", SECRET));
        String sealed = withKey(KEY).seal("kim", SECRET);
        assertThrows(TwoFactorSecrets.UnreadableSecretException.class, () -> secrets.open("kim", sealed));
        assertFalse(
                new TwoFactorSecrets(SettingsReader.of(Map.of("sandan.mode", "development"))).unsealedInProduction());
    }

    @Test
    void anUnsealedSecretStillOpensOnceTheKeyIsSet() {
        assertEquals(SECRET, withKey(KEY).open("kim", SECRET));
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64StopsTheStart() {
        for (String wrong : List.of("not base64!", "c2hvcnQ=")) {
            TwoFactorSecrets secrets = withKey(wrong);
            assertFalse(secrets.sealing());
            assertEquals(1, secrets.problems().size());
            assertTrue(secrets.problems().get(0).startsWith("SANDAN_TWO_FACTOR_KEY="), secrets.problems()::toString);
            assertFalse(secrets.problems().get(0).contains(wrong), "the value is not repeated in the log");
        }
        assertEquals(List.of(), withKey(KEY).problems());
    }

    private static TwoFactorSecrets withKey(String key) {
        return new TwoFactorSecrets(SettingsReader.with("sandan.two-factor.key", key));
    }
}
