package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kr.co.saenal.sandan.platform.config.RunMode;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * The TOTP secrets as the database keeps them. A code can only be checked with the secret itself, so it cannot be
 * hashed like a password; with {@code SANDAN_TWO_FACTOR_KEY} set (32 random bytes in Base64, {@code openssl rand
 * -base64 32}, the same on every node) each secret is sealed with AES-256-GCM, bound to its account's user name, so a
 * copy of the database alone gives nobody the second factor. Without the key secrets are kept as they are and the
 * settings page says so.
 *
 * <p>A sealed secret reads {@code v1:} and the Base64 of nonce and ciphertext; an unsealed one is the Base32 secret
 * itself, which never contains a colon, so both can be told apart after the key is set.
 */
@ApplicationScoped
public class TwoFactorSecrets implements ValidatedSettings {

    static final String KEY = "sandan.two-factor.key";
    static final String SEALED = "v1:";

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKey> key;
    private final RunMode mode;
    private final List<String> problems;

    public TwoFactorSecrets() {
        this(SettingsReader.fromConfig());
    }

    TwoFactorSecrets(SettingsReader read) {
        Optional<String> text = read.text(KEY);
        this.key = text.flatMap(TwoFactorSecrets::key);
        if (text.isPresent() && key.isEmpty()) {
            // not echoed: a key with one character wrong is nearly the key
            read.problem(KEY, "(not shown)", "32 bytes in Base64 (openssl rand -base64 32)");
        }
        this.mode = read.mode();
        this.problems = read.problems();
    }

    private static Optional<SecretKey> key(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return bytes.length == KEY_BYTES ? Optional.of(new SecretKeySpec(bytes, "AES")) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    /** Whether secrets are sealed before they are stored. */
    public boolean sealing() {
        return key.isPresent();
    }

    /** Whether the missing key is worth a warning: on a production server, not on a developer's machine. */
    boolean unsealedInProduction() {
        return key.isEmpty() && mode.isProduction();
    }

    /** What to store for {@code username}'s {@code secret}: sealed when the key is set. */
    String seal(String username, String secret) {
        if (key.isEmpty()) {
            return secret;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, username, nonce, secret.getBytes(StandardCharsets.US_ASCII));
        return SEALED
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(SEALED);
    }

    /**
     * The secret behind what is stored for {@code username}.
     *
     * @throws UnreadableSecretException when it was sealed with another key, for another account, or the key is gone
     */
    String open(String username, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        if (key.isEmpty()) {
            throw new UnreadableSecretException(username, "SANDAN_TWO_FACTOR_KEY is not set");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException(username, "not Base64");
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new UnreadableSecretException(username, "too short");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, username, nonce, sealed), StandardCharsets.US_ASCII);
    }

    /** AES-GCM with the user name as associated data: a sealed secret copied to another account does not open. */
    private byte[] crypt(int mode, String username, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException(username, "sealed with another key or for another account");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A stored secret this server cannot open; the account can still log in with a recovery code. */
    static final class UnreadableSecretException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String username, String why) {
            super("The two-factor secret of " + username + " cannot be opened: " + why);
        }
    }
}
