package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Administrators manage staff accounts here; every member of staff changes their own password here. A refused
 * change throws {@link RuleViolationException} with Korean messages and changes nothing. The guard rails: nobody
 * disables themselves or takes away their own ADMIN role, and at least one enabled administrator always remains.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

    /** Field names of the refusals, as the back-office forms name their inputs. */
    public static final String USERNAME = "username";

    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLES = "roles";
    public static final String PASSWORD = "password";
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String REPEATED_PASSWORD = "repeatedPassword";
    public static final String EMAIL = "email";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Inject
    StaffUserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    /** Every account, by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffSummary> list() {
        return users.all().stream().map(StaffSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffSummary find(String username) {
        return users.byUsername(username == null ? "" : username)
                .map(StaffSummary::of)
                .orElseThrow(() -> refusal(USERNAME, say("staff.unknown")));
    }

    @Transactional
    public StaffSummary create(NewStaffMember member, String administrator) {
        List<FieldError> errors = new ArrayList<>();
        String username = member.username() == null ? "" : member.username().strip();
        if (username.isEmpty()) {
            errors.add(new FieldError(USERNAME, say("staff.username.missing")));
        } else if (!username.matches("[a-zA-Z0-9._@-]{3,60}")) {
            errors.add(new FieldError(USERNAME, say("staff.username.invalid")));
        } else if (users.byUsername(username).isPresent()) {
            errors.add(new FieldError(USERNAME, say("staff.username.taken")));
        }
        String displayName =
                member.displayName() == null ? "" : member.displayName().strip();
        if (displayName.isEmpty()) {
            errors.add(new FieldError(DISPLAY_NAME, say("staff.displayName.missing")));
        } else if (displayName.length() > 60) {
            errors.add(new FieldError(DISPLAY_NAME, say("staff.displayName.tooLong")));
        }
        if (member.roles() == null || member.roles().isEmpty()) {
            errors.add(new FieldError(ROLES, say("staff.roles.missing")));
        }
        PasswordPolicy.problemWith(member.temporaryPassword(), username)
                .ifPresent(problem -> errors.add(new FieldError(PASSWORD, problem)));
        refuseIfAny(errors);
        StaffUser user = StaffUser.withTemporaryPassword(
                username,
                displayName,
                passwords.hash(member.temporaryPassword().toCharArray()),
                EnumSet.copyOf(member.roles()),
                clock.instant());
        users.add(user);
        LOG.info(() -> "Staff account " + username + " " + member.roles() + " created by " + administrator);
        return StaffSummary.of(user);
    }

    @Transactional
    public StaffSummary changeRoles(String username, Set<Role> roles, String administrator) {
        if (roles == null || roles.isEmpty()) {
            throw refusal(ROLES, say("staff.roles.missing"));
        }
        StaffUser user = existing(username);
        if (user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (user.getUsername().equals(administrator)) {
                throw refusal(ROLES, say("staff.keepOwnAdmin"));
            }
            requireAnotherEnabledAdministrator(user);
        }
        user.changeRoles(roles);
        LOG.info(() -> "Roles of " + username + " set to " + roles + " by " + administrator);
        return StaffSummary.of(user);
    }

    @Transactional
    public StaffSummary disable(String username, String administrator) {
        StaffUser user = existing(username);
        if (user.getUsername().equals(administrator)) {
            throw refusal(null, say("staff.notYourself"));
        }
        if (user.roles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdministrator(user);
        }
        user.disable();
        LOG.info(() -> "Staff account " + username + " disabled by " + administrator);
        return StaffSummary.of(user);
    }

    @Transactional
    public StaffSummary enable(String username, String administrator) {
        StaffUser user = existing(username);
        user.enable();
        LOG.info(() -> "Staff account " + username + " enabled by " + administrator);
        return StaffSummary.of(user);
    }

    @Transactional
    public StaffSummary unlock(String username, String administrator) {
        StaffUser user = existing(username);
        user.unlock();
        LOG.info(() -> "Staff account " + username + " unlocked by " + administrator);
        return StaffSummary.of(user);
    }

    /** The administrator sets a temporary password; the owner must replace it at their next login. */
    @Transactional
    public StaffSummary resetPassword(String username, String temporaryPassword, String administrator) {
        StaffUser user = existing(username);
        PasswordPolicy.problemWith(temporaryPassword, user.getUsername()).ifPresent(problem -> {
            throw refusal(PASSWORD, problem);
        });
        user.resetPassword(passwords.hash(temporaryPassword.toCharArray()));
        LOG.info(() -> "Password of " + username + " reset by " + administrator);
        return StaffSummary.of(user);
    }

    /** A member of staff replaces their own password (the current one, then the new one twice). */
    @Transactional
    public void changeOwnPassword(
            String username, String currentPassword, String newPassword, String repeatedPassword) {
        StaffUser user =
                users.forLogin(username).orElseThrow(() -> new IllegalStateException("No account " + username));
        if (currentPassword == null || !passwords.matches(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw refusal(CURRENT_PASSWORD, say("staff.currentPassword.wrong"));
        }
        PasswordPolicy.problemWith(newPassword, username).ifPresent(problem -> {
            throw refusal(NEW_PASSWORD, problem);
        });
        if (!newPassword.equals(repeatedPassword)) {
            throw refusal(REPEATED_PASSWORD, say("staff.repeatedPassword.different"));
        }
        if (newPassword.equals(currentPassword)) {
            throw refusal(NEW_PASSWORD, say("staff.newPassword.unchanged"));
        }
        user.changePassword(passwords.hash(newPassword.toCharArray()), clock.instant());
        LOG.info(() -> "Staff member " + username + " changed their password");
    }

    /** A member of staff sets the address reminders about their requests go to; empty removes it. */
    @Transactional
    public StaffSummary changeOwnEmail(String username, String email) {
        StaffUser user = existing(username);
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty()
                && (address.length() > 254 || !EMAIL_ADDRESS.matcher(address).matches())) {
            throw refusal(EMAIL, say("staff.email.invalid"));
        }
        user.changeEmail(address.isEmpty() ? null : address);
        LOG.info(() -> "Staff member " + username + " changed their e-mail address");
        return StaffSummary.of(user);
    }

    /** The account, locked for update: the change and the guard rails see the same state. */
    private StaffUser existing(String username) {
        return users.forLogin(username == null ? "" : username)
                .orElseThrow(() -> refusal(USERNAME, say("staff.unknown")));
    }

    /** Locks every enabled account while counting, so that two administrators cannot remove each other at once. */
    private void requireAnotherEnabledAdministrator(StaffUser leaving) {
        boolean another = users.enabledForUpdate().stream()
                .anyMatch(u -> !u.getUsername().equals(leaving.getUsername())
                        && u.roles().contains(Role.ADMIN));
        if (!another) {
            throw refusal(null, say("staff.lastAdmin"));
        }
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    private static String say(String key) {
        return Texts.say(StaffDirectory.class, key);
    }

    private static RuleViolationException refusal(String field, String message) {
        return new RuleViolationException(List.of(new FieldError(field, message)));
    }
}
