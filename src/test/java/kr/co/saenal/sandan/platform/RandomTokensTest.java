package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomTokensTest {

    @Test
    void uuidsAreRandomVersionFourAndNeverRepeat() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID uuid = RandomTokens.uuid();
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
            assertTrue(seen.add(uuid), "repeated: " + uuid);
        }
    }

    @Test
    void aNonceIsTheBase64OfAUuidsText() {
        String decoded = new String(Base64.getDecoder().decode(RandomTokens.nonce()), StandardCharsets.US_ASCII);
        assertEquals(4, UUID.fromString(decoded).version());
    }
}
