package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How staff prove who they are: the login page (a session, with a new id after login), or HTTP Basic on the API
 * (no session). The session keeps only the username; the roles are read again on every request, so that a
 * disabled account or a changed role takes effect at once, on every cluster node. While an account's password is
 * temporary (set by an administrator), every back-office page sends its owner to {@link #ACCOUNT_PAGE}, and the
 * API refuses it; both are judged on the path the request is routed by ({@link BackOfficePaths}).
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the logged-in username. */
    public static final String SESSION_USER = "sandan.staff";

    /** Where staff change their own password; the only back-office page open while the password is temporary. */
    public static final String ACCOUNT_PAGE = "/admin/account";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffLogin login;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return logInFromPage(credential, request, context);
        }
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return tokens.check(bearer.get())
                    .map(owner -> context.notifyContainerAboutLogin(owner.username(), rolesFor(owner, request)))
                    .orElseGet(() -> challenge(response, context));
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            CredentialValidationResult result = identityStores.validate(basic.get());
            boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID
                    && login.active(result.getCallerPrincipal().getName())
                            .filter(account -> !account.mustVisitAccountPage())
                            .isPresent();
            return valid ? context.notifyContainerAboutLogin(result) : challenge(response, context);
        }
        Optional<AuthenticationStatus> session = continueSession(request, context);
        if (session.isPresent()) {
            return session.get();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = BackOfficePaths.routed(request);
        if (BackOfficePaths.isApi(path)) {
            return challenge(response, context);
        }
        String next = BackOfficePaths.returnAddress(path);
        return context.redirect(
                request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus logInFromPage(
            Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the login page explains; no error page
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<AuthenticationStatus> continueSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(username instanceof String name)) {
            return Optional.empty();
        }
        Optional<StaffLogin.ActiveAccount> account = login.active(name);
        if (account.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        if (account.get().mustVisitAccountPage()) {
            String path = BackOfficePaths.routed(request);
            if (BackOfficePaths.isApi(path)) {
                return Optional.of(challenge(context.getResponse(), context));
            }
            if (BackOfficePaths.isClosedWhilePasswordTemporary(path)) {
                return Optional.of(context.redirect(request.getContextPath() + ACCOUNT_PAGE));
            }
        }
        return Optional.of(context.notifyContainerAboutLogin(
                name, account.get().roles().stream().map(Role::name).collect(Collectors.toSet())));
    }

    /**
     * A read-only token acts with its owner's roles for reading (GET, HEAD) and with none for anything else, which
     * the API answers with 403.
     */
    private static Set<String> rolesFor(ApiTokens.Bearer owner, HttpServletRequest request) {
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (owner.scope() == ApiToken.Scope.READ && !reading) {
            return Set.of();
        }
        return owner.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sandan\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Sandan\"");
        return context.responseUnauthorized();
    }

    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }
}
