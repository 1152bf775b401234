package kr.co.saenal.sandan.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext
    EntityManager em;

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

    /** The account's two-factor secret as the database holds it. */
    @Transactional
    public String storedTotpSecret(String username) {
        return (String) em.createNativeQuery("select totp_secret from staff_user where username = ?1")
                .setParameter(1, username)
                .getSingleResult();
    }

    /** Writes the column directly, as a server before the key was set (or an attacker with the database) would. */
    @Transactional
    public void storeTotpSecret(String username, String stored) {
        em.createNativeQuery("update staff_user set totp_secret = ?1 where username = ?2")
                .setParameter(1, stored)
                .setParameter(2, username)
                .executeUpdate();
    }
}
