package kr.co.saenal.sandan.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** What the login page sends: username and password, and the second factor's code when the account has one. */
public class StaffCredential extends UsernamePasswordCredential {

    private final String code;

    public StaffCredential(String username, String password, String code) {
        super(username, new Password(password));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
