package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Staff accounts from the database, for the login page and HTTP Basic alike. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffLogin login;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return login.check(credential.getCaller(), credential.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(
                        credential.getCaller(), roles.stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
