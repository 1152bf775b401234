package kr.co.saenal.sandan.security.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.TwoFactor;

/** The 로그인 보안 section of /admin/system/settings: whether two-factor login is required. */
@Named
@ViewScoped
public class SecuritySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactor twoFactor;

    private boolean twoFactorRequired;

    @PostConstruct
    void load() {
        twoFactorRequired = twoFactor.required();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        twoFactor.require(twoFactorRequired, faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, Texts.say(SecuritySettingsPage.class, "twoFactor.requiredSaved"));
    }

    /** Whether two-factor secrets are sealed in the database (SANDAN_TWO_FACTOR_KEY is set). */
    public boolean isSecretsSealed() {
        return twoFactor.sealsSecrets();
    }

    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    public void setTwoFactorRequired(boolean twoFactorRequired) {
        this.twoFactorRequired = twoFactorRequired;
    }
}
