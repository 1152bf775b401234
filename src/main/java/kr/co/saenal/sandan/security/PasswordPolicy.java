package kr.co.saenal.sandan.security;

import java.util.Optional;

/**
 * What a staff password must be, after KISA's guidance (암호이용안내서): at least 10 characters of two kinds,
 * or at least 8 characters of three kinds, the kinds being upper-case letters, lower-case letters, digits and
 * symbols. It may not contain the username.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 200;

    /** Shown next to every password field that sets a new password. */
    public static final String DESCRIPTION = "영문 대문자·소문자·숫자·특수문자 중 2종류 이상을 섞어 10자 이상, "
            + "또는 3종류 이상을 섞어 8자 이상으로 정해 주세요. 아이디는 넣을 수 없습니다.";

    private PasswordPolicy() {
    }

    /** The Korean reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("비밀번호를 입력해 주세요.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("비밀번호는 " + MAX_LENGTH + "자 이내로 정해 주세요.");
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("비밀번호에는 공백을 넣을 수 없습니다.");
        }
        int kinds = kinds(password);
        boolean strongEnough = (password.length() >= 10 && kinds >= 2) || (password.length() >= 8 && kinds >= 3);
        if (!strongEnough) {
            return Optional.of("비밀번호가 너무 단순합니다. " + DESCRIPTION);
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase().contains(username.strip().toLowerCase())) {
            return Optional.of("비밀번호에 아이디를 넣을 수 없습니다.");
        }
        return Optional.empty();
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
