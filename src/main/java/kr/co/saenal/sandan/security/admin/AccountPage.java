package kr.co.saenal.sandan.security.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.PasswordPolicy;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;

/**
 * /admin/account: any member of staff changes their own password. While the password is a temporary one set by
 * an administrator, every other back-office page sends them here (StaffAuthenticationMechanism).
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory directory;

    private StaffSummary account;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private boolean changed;
    private String email;

    @PostConstruct
    void load() {
        account = directory.find(
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        email = account.email();
    }

    /** The address reminders about this account's requests go to. */
    public void saveEmail() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            account = directory.changeOwnEmail(faces.getExternalContext().getRemoteUser(), email);
            email = account.email();
            FieldMessages.done(faces, Texts.say(AccountPage.class, "admin.account.emailSaved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "notifications", refused);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            directory.changeOwnPassword(external.getRemoteUser(), currentPassword, newPassword, repeatedPassword);
            ((HttpServletRequest) external.getRequest()).changeSessionId();
            changed = true;
            load();
            FieldMessages.done(faces, Texts.say(AccountPage.class, "admin.account.passwordChanged"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "password", refused);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public StaffSummary getAccount() {
        return account;
    }

    public boolean isChanged() {
        return changed;
    }

    public String getPasswordPolicy() {
        return PasswordPolicy.description();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
