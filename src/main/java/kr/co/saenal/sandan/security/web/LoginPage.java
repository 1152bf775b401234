package kr.co.saenal.sandan.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.SameOrigin;
import kr.co.saenal.sandan.security.StaffCredential;

/**
 * /login: staff sign in to the back office. The page is a stateless view, so that showing it opens no HTTP session
 * (bots and idle tabs cost the cluster nothing, and the form never expires); a login form posted from another site
 * (login CSRF: the victim signed in as the attacker) is refused by {@link SameOrigin} instead of by view state.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String code;
    private String next;

    private boolean refused;

    public void logIn() throws IOException {
        boolean noUsername = username == null || username.isBlank();
        boolean noPassword = password == null || password.isEmpty();
        if (noUsername || noPassword) {
            // nothing to check yet, and nothing said about any account
            missing(noUsername, "login:username", say("web.login.usernameMissing"));
            missing(noPassword, "login:password", say("web.login.passwordMissing"));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        if (!SameOrigin.of((HttpServletRequest) external.getRequest())) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, say("web.login.otherSite"));
            faces.responseComplete();
            return;
        }
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new StaffCredential(
                                username == null ? "" : username, password == null ? "" : password, code)));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                refused = true;
                // one message for every refusal, so that it never tells whether an account exists
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, say("web.login.refused"), null));
            }
        }
        password = null;
        code = null;
    }

    /** The last try was refused: both fields are marked, since the answer never says which one was wrong. */
    public boolean isRefused() {
        return refused;
    }

    private void missing(boolean missing, String clientId, String message) {
        if (missing) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    private static String say(String key) {
        return Texts.say(LoginPage.class, key);
    }

    /** Only back-office paths: never an open redirect to another site. */
    String safeNext() {
        return next != null && next.matches("/admin(/[\\w\\-./]*)?") && !next.contains("..") ? next : "/admin/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
