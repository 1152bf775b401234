package kr.co.saenal.sandan.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Unguessable values made for every answer (script nonces, submission keys), from a strong generator of each
 * thread's own. {@link UUID#randomUUID()} draws from one generator shared by the whole server under a lock: with the
 * page cache serving thousands of answers a second, each with fresh values, readers queued on that lock.
 */
public final class RandomTokens {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomTokens::newGenerator);

    private RandomTokens() {}

    /** A random (version 4) UUID, as {@link UUID#randomUUID()} makes. */
    public static UUID uuid() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** A script nonce in the form PrimeFaces gives its own (Base64 of a random UUID's text). */
    public static String nonce() {
        return Base64.getEncoder().encodeToString(uuid().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code bytes} random bytes in lowercase hex (a salt, a token). */
    public static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.get().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG"); // seeded from the system's entropy once, per thread
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
