package kr.co.saenal.sandan.security.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.ApiToken;
import kr.co.saenal.sandan.security.ApiTokens;

/** The API 토큰 part of /admin/account: make a token (shown once), see when each was last used, revoke one. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    private String name;
    private ApiToken.Scope scope = ApiToken.Scope.READ;
    private String made;

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            made = tokens.create(username(), name, scope);
            name = null;
            FieldMessages.done(faces, Texts.say(ApiTokensPage.class, "apiToken.created"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "tokens", refused);
        }
    }

    public void revoke(long id) {
        tokens.revoke(username(), id);
        made = null;
        FieldMessages.done(FacesContext.getCurrentInstance(), Texts.say(ApiTokensPage.class, "apiToken.revoked"));
    }

    public List<ApiToken> getTokens() {
        return tokens.of(username());
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : KoreanTime.compact(at);
    }

    public ApiToken.Scope[] getScopes() {
        return ApiToken.Scope.values();
    }

    /** The token just made, in the clear for this once; empty otherwise. */
    public String getMade() {
        return made == null ? "" : made;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiToken.Scope getScope() {
        return scope;
    }

    public void setScope(ApiToken.Scope scope) {
        this.scope = scope;
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
