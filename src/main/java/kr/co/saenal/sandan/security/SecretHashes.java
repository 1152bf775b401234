package kr.co.saenal.sandan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of recovery codes and API tokens. Unlike passwords they are long random values, so a plain hash is enough
 * to keep a copy of the database from being a copy of the keys, and it can be looked up by value.
 */
final class SecretHashes {

    private SecretHashes() {}

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
