package kr.co.saenal.sandan.security;

import java.util.Optional;
import kr.co.saenal.sandan.platform.Texts;

/**
 * What a staff password must be, after KISA's guidance (암호이용안내서): at least 10 characters of two kinds,
 * or at least 8 characters of three kinds, the kinds being upper-case letters, lower-case letters, digits and
 * symbols. It may not contain the username.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** Shown next to every password field that sets a new password, in the request's language. */
    public static String description() {
        return say("password.policy");
    }

    /** The reason the password is refused, in the request's language, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(say("password.missing"));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(say("password.tooLong", Integer.toString(MAX_LENGTH)));
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(say("password.whitespace"));
        }
        int kinds = kinds(password);
        boolean strongEnough = (password.length() >= 10 && kinds >= 2) || (password.length() >= 8 && kinds >= 3);
        if (!strongEnough) {
            return Optional.of(say("password.tooSimple", description()));
        }
        if (username != null
                && username.length() >= 3
                && password.toLowerCase().contains(username.strip().toLowerCase())) {
            return Optional.of(say("password.containsUsername"));
        }
        return Optional.empty();
    }

    private static String say(String key, Object... values) {
        return Texts.say(PasswordPolicy.class, key, values);
    }

    static int kinds(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
