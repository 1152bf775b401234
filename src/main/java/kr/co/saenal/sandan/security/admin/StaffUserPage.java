package kr.co.saenal.sandan.security.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.security.PasswordPolicy;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;

/**
 * /admin/system/user?username=…: one account: its roles, a temporary password, stopping or resuming it, lifting
 * a lockout. Each is its own small form, and each takes effect on the account's next request.
 */
@Named
@ViewScoped
public class StaffUserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory directory;

    private String username;
    private StaffSummary account;
    private RoleChoice roles;
    private String temporaryPassword;

    /** View action: an unknown account answers 404. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(directory.find(username));
        } catch (RuleViolationException unknown) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void saveRoles() {
        change(
                "changeRoles",
                () -> directory.changeRoles(username, roles.roles(), administrator()),
                "admin.staffUser.rolesChanged");
    }

    public void resetPassword() {
        change(
                "reset",
                () -> directory.resetPassword(username, temporaryPassword, administrator()),
                "admin.staffUser.passwordReset");
        temporaryPassword = null;
    }

    public void disable() {
        change("status", () -> directory.disable(username, administrator()), "admin.staffUser.disabled");
    }

    public void enable() {
        change("status", () -> directory.enable(username, administrator()), "admin.staffUser.enabled");
    }

    public void unlock() {
        change("unlock", () -> directory.unlock(username, administrator()), "admin.staffUser.unlocked");
    }

    /** @param done the key of the confirmation in the texts */
    private void change(String formId, Supplier<StaffSummary> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(action.get());
            FieldMessages.done(faces, Texts.say(StaffUserPage.class, done));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, formId, refused);
            show(directory.find(username));
        }
    }

    private void show(StaffSummary shown) {
        account = shown;
        roles = RoleChoice.of(shown.roles());
    }

    private static String administrator() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getPasswordPolicy() {
        return PasswordPolicy.description();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public StaffSummary getAccount() {
        return account;
    }

    public RoleChoice getRoles() {
        return roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
