package kr.co.saenal.sandan.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import kr.co.saenal.sandan.security.PasswordHashing;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffUser;
import kr.co.saenal.sandan.security.StaffUserRepository;

/** In-container tests create the staff accounts they log in with. */
@ApplicationScoped
public class StaffAccounts {

    @Inject
    StaffUserRepository users;

    @Inject
    PasswordHashing passwords;

    /** Creates the account unless a test before has done so (test classes share one database). */
    @Transactional
    public void createOnce(String username, String password, Role role) {
        if (users.byUsername(username).isEmpty()) {
            create(username, password, role);
        }
    }

    @Transactional
    public void create(String username, String password, Role role) {
        users.add(new StaffUser(
                username, username, passwords.hash(password.toCharArray()), EnumSet.of(role), Instant.now()));
    }
}
