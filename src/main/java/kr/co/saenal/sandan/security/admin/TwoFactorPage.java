package kr.co.saenal.sandan.security.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;
import kr.co.saenal.sandan.security.Totp;
import kr.co.saenal.sandan.security.TwoFactor;
import kr.co.saenal.sandan.site.SiteSettingsService;

/**
 * The 2단계 인증 part of /admin/account: start (a new secret, shown as a QR code and as text, kept in this view until
 * confirmed), confirm with the app's first code, see the recovery codes once, make new ones, switch it off.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactor twoFactor;

    @Inject
    StaffDirectory directory;

    @Inject
    SiteSettingsService site;

    private boolean enabled;
    private String pendingSecret;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        enabled = account().twoFactor();
    }

    public void start() {
        pendingSecret = twoFactor.newSecret();
        recoveryCodes = List.of();
    }

    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            recoveryCodes = twoFactor.confirm(username(), pendingSecret, code);
            pendingSecret = null;
            enabled = true;
            FieldMessages.done(faces, say("twoFactor.enabled"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "twoFactor", refused);
        } finally {
            code = null;
        }
    }

    public void newRecoveryCodes() {
        recoveryCodes = twoFactor.newRecoveryCodes(username());
        FieldMessages.done(FacesContext.getCurrentInstance(), say("twoFactor.newCodes"));
    }

    public void disable() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            twoFactor.disable(username(), code);
            enabled = false;
            recoveryCodes = List.of();
            FieldMessages.done(faces, say("twoFactor.disabled"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "twoFactorOff", refused);
        } finally {
            code = null;
        }
    }

    /** The secret being enrolled as a QR code (otpauth://), for the app's camera. */
    public String getQrCode() {
        if (pendingSecret == null) {
            return "";
        }
        String issuer = Texts.say(
                TwoFactorPage.class, "twoFactor.issuer", site.current().companyName());
        return QrCode.svg(
                Totp.uri(issuer, username(), pendingSecret), Texts.say(TwoFactorPage.class, "twoFactor.qrLabel"));
    }

    /** The secret in groups of four, for typing into an app by hand. */
    public String getPendingSecret() {
        return pendingSecret == null ? "" : pendingSecret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public boolean isEnrolling() {
        return pendingSecret != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequired() {
        return twoFactor.required();
    }

    public long getUnusedRecoveryCodes() {
        return twoFactor.unusedRecoveryCodes(username());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private StaffSummary account() {
        return directory.find(username());
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static String say(String key) {
        return Texts.say(TwoFactorPage.class, key);
    }
}
