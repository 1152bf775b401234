package kr.co.saenal.sandan.security.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import kr.co.saenal.sandan.security.Role;

/** The role checkboxes of a staff form: one box per {@link Role}, so that each has its own field. */
public class RoleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<Role> chosen = EnumSet.noneOf(Role.class);

    public static RoleChoice of(Set<Role> roles) {
        RoleChoice choice = new RoleChoice();
        choice.chosen.addAll(roles);
        return choice;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(chosen);
    }

    private void choose(Role role, boolean on) {
        if (on) {
            chosen.add(role);
        } else {
            chosen.remove(role);
        }
    }

    public boolean isAdmin() {
        return chosen.contains(Role.ADMIN);
    }

    public void setAdmin(boolean on) {
        choose(Role.ADMIN, on);
    }

    public boolean isEditor() {
        return chosen.contains(Role.EDITOR);
    }

    public void setEditor(boolean on) {
        choose(Role.EDITOR, on);
    }

    public boolean isConsultant() {
        return chosen.contains(Role.CONSULTANT);
    }

    public void setConsultant(boolean on) {
        choose(Role.CONSULTANT, on);
    }
}
