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
import kr.co.saenal.sandan.security.NewStaffMember;
import kr.co.saenal.sandan.security.PasswordPolicy;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;

/** /admin/system/users: every staff account, and a form to open a new one. */
@Named
@ViewScoped
public class StaffUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory directory;

    private List<StaffSummary> staff;
    private String username;
    private String displayName;
    private RoleChoice roles = new RoleChoice();
    private String password;

    @PostConstruct
    void load() {
        staff = directory.list();
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StaffSummary created = directory.create(
                    new NewStaffMember(username, displayName, roles.roles(), password),
                    faces.getExternalContext().getRemoteUser());
            FieldMessages.done(faces, Texts.say(StaffUsersPage.class, "admin.staffUsers.created", created.username()));
            username = null;
            displayName = null;
            roles = new RoleChoice();
            load();
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "create", refused);
        } finally {
            password = null;
        }
    }

    public String getPasswordPolicy() {
        return PasswordPolicy.description();
    }

    public List<StaffSummary> getStaff() {
        return staff;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public RoleChoice getRoles() {
        return roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
