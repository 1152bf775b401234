package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Staff accounts from the database, for the login page and HTTP Basic alike. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffLogin login;

    /**
     * The interface's default finds a {@code validate} method by the credential's exact class, which would miss the
     * login page's {@link StaffCredential}: every username-and-password credential comes here.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password
                ? validate(password)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        boolean fromPage = credential instanceof StaffCredential;
        String code = fromPage ? ((StaffCredential) credential).code() : null;
        return login.check(credential.getCaller(), credential.getPassword().getValue(), code, fromPage)
                .map(roles -> new CredentialValidationResult(
                        credential.getCaller(), roles.stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
