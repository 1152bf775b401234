package kr.co.saenal.sandan.security.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.security.StaffDirectory;
import kr.co.saenal.sandan.security.StaffSummary;
import kr.co.saenal.sandan.security.StaffUser;
import kr.co.saenal.sandan.security.StaffUserRepository;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator manages staff accounts at /admin/system/users; staff change their own password at /admin/account. */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final String USERS = "/admin/system/users";
    private static final String REFUSED = "아이디 또는 비밀번호가 맞지 않습니다";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffUserRepository users;

    @Inject
    StaffDirectory directory;

    @Inject
    StaffAccounts accounts;

    private final Http admin = new Http();

    private void logInAsAdministrator() {
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
    }

    private static String userPage(String username) {
        return "/admin/system/user?username=" + username;
    }

    @Test
    void anAdministratorCreatesAnEditorWhoChoosesAPasswordAndThenWorksInTheNewsroomOnly() {
        logInAsAdministrator();
        Http.Reply created = BackOffice.submitWithRoles(
                admin,
                USERS,
                "create",
                Map.of(
                        "create:username",
                        "editor-kim",
                        "create:displayName",
                        "김편집",
                        "create:password",
                        "Temp-Pass-2026"),
                Role.EDITOR);
        assertEquals(200, created.status(), created::toString);
        assertTrue(BackOffice.messages(created).contains("‘editor-kim’을(를) 만들었습니다"), BackOffice.messages(created));
        Document table = admin.get(USERS).html();
        String row = table.select(".staff-table tr:contains(editor-kim)").text();
        assertTrue(row.contains("김편집") && row.contains("편집자") && row.contains("사용") && row.contains("임시 비밀번호"), row);

        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, "editor-kim", "Temp-Pass-2026").status());
        for (String page : new String[] {"/admin/", "/admin/news/", USERS}) {
            Http.Reply sent = editor.get(page);
            assertEquals(302, sent.status(), page);
            assertTrue(
                    sent.header("Location").orElseThrow().endsWith("/admin/account"),
                    page + " leads to the password change");
        }
        assertEquals(
                401,
                new Http()
                        .get("/api/inquiries", "Authorization", Http.basic("editor-kim", "Temp-Pass-2026"))
                        .status(),
                "a temporary password does not open the API either");
        Http.Reply accountPage = editor.get("/admin/account");
        assertEquals(200, accountPage.status());
        assertTrue(accountPage.html().select(".password-change-required").text().contains("임시 비밀번호"));

        Http.Reply wrongCurrent = BackOffice.submit(
                editor,
                "/admin/account",
                "password",
                Map.of(
                        "password:currentPassword",
                        "not-it",
                        "password:newPassword",
                        "Editor-Own-2026",
                        "password:repeatedPassword",
                        "Editor-Own-2026"));
        assertTrue(BackOffice.messages(wrongCurrent).contains("현재 비밀번호가 맞지 않습니다"), BackOffice.messages(wrongCurrent));
        Http.Reply mismatch = BackOffice.submit(
                editor,
                "/admin/account",
                "password",
                Map.of(
                        "password:currentPassword",
                        "Temp-Pass-2026",
                        "password:newPassword",
                        "Editor-Own-2026",
                        "password:repeatedPassword",
                        "Editor-Own-2027"));
        assertTrue(BackOffice.messages(mismatch).contains("새 비밀번호가 서로 다릅니다"), BackOffice.messages(mismatch));
        Http.Reply tooSimple = BackOffice.submit(
                editor,
                "/admin/account",
                "password",
                Map.of(
                        "password:currentPassword",
                        "Temp-Pass-2026",
                        "password:newPassword",
                        "abcdefghij",
                        "password:repeatedPassword",
                        "abcdefghij"));
        assertTrue(BackOffice.messages(tooSimple).contains("비밀번호가 너무 단순합니다"), BackOffice.messages(tooSimple));
        assertTrue(
                users.byUsername("editor-kim").orElseThrow().isPasswordChangeRequired(),
                "refused changes change nothing");

        Http.Reply changed = BackOffice.submit(
                editor,
                "/admin/account",
                "password",
                Map.of(
                        "password:currentPassword",
                        "Temp-Pass-2026",
                        "password:newPassword",
                        "Editor-Own-2026",
                        "password:repeatedPassword",
                        "Editor-Own-2026"));
        assertTrue(BackOffice.messages(changed).contains("비밀번호를 바꿨습니다"), BackOffice.messages(changed));

        assertEquals(200, editor.get("/admin/").status());
        for (String system :
                new String[] {USERS, "/admin/system/settings", "/admin/system/consent", userPage("admin")}) {
            assertEquals(403, editor.get(system).status(), system);
        }
        assertEquals(
                200,
                Staff.logIn(new Http(), "editor-kim", "Temp-Pass-2026").status(),
                "the temporary password is gone");
        assertEquals(
                302, Staff.logIn(new Http(), "editor-kim", "Editor-Own-2026").status());
    }

    @Test
    void badInputIsRefusedInKoreanAndNothingIsStored() {
        logInAsAdministrator();
        Http.Reply refused = BackOffice.submitWithRoles(
                admin,
                USERS,
                "create",
                Map.of("create:username", "a!", "create:displayName", "", "create:password", "short"));
        String messages = BackOffice.messages(refused);
        assertEquals(200, refused.status());
        assertTrue(messages.contains("아이디는 영문·숫자와 . _ @ - 로 3~60자"), messages);
        assertTrue(messages.contains("이름(표시명)을 입력해 주세요"), messages);
        assertTrue(messages.contains("역할을 하나 이상 골라 주세요"), messages);
        assertTrue(messages.contains("비밀번호가 너무 단순합니다"), messages);

        String simple = BackOffice.messages(BackOffice.submitWithRoles(
                admin,
                USERS,
                "create",
                Map.of("create:username", "simple-pass", "create:displayName", "단순", "create:password", "abcdefghijk"),
                Role.CONSULTANT));
        assertTrue(simple.contains("비밀번호가 너무 단순합니다"), simple);
        String withName = BackOffice.messages(BackOffice.submitWithRoles(
                admin,
                USERS,
                "create",
                Map.of(
                        "create:username",
                        "namedpass",
                        "create:displayName",
                        "이름",
                        "create:password",
                        "namedpass-2026!"),
                Role.CONSULTANT));
        assertTrue(withName.contains("비밀번호에 아이디를 넣을 수 없습니다"), withName);
        String taken = BackOffice.messages(BackOffice.submitWithRoles(
                admin,
                USERS,
                "create",
                Map.of(
                        "create:username",
                        Staff.ADMIN,
                        "create:displayName",
                        "둘째",
                        "create:password",
                        "Second-Admin-2026"),
                Role.ADMIN));
        assertTrue(taken.contains("이미 있는 아이디입니다"), taken);

        assertTrue(users.byUsername("simple-pass").isEmpty());
        assertTrue(users.byUsername("namedpass").isEmpty());
        assertEquals(
                1,
                users.all().stream()
                        .filter(u -> u.getUsername().equals(Staff.ADMIN))
                        .count());
    }

    @Test
    void aPasswordResetSendsTheRunningSessionAndTheNextLoginToTheAccountPage() {
        accounts.create("reset-me", "Reset-Me-2026", Role.CONSULTANT);
        Http consultant = new Http();
        assertEquals(302, Staff.logIn(consultant, "reset-me", "Reset-Me-2026").status());
        assertEquals(200, consultant.get("/admin/inquiries").status());

        logInAsAdministrator();
        String tooShort = BackOffice.messages(
                BackOffice.submit(admin, userPage("reset-me"), "reset", Map.of("reset:password", "Ab1!")));
        assertTrue(tooShort.contains("비밀번호가 너무 단순합니다"), tooShort);
        Http.Reply reset =
                BackOffice.submit(admin, userPage("reset-me"), "reset", Map.of("reset:password", "Temp-Reset-2026"));
        assertTrue(BackOffice.messages(reset).contains("임시 비밀번호를 정했습니다"), BackOffice.messages(reset));

        Http.Reply running = consultant.get("/admin/inquiries");
        assertEquals(302, running.status());
        assertTrue(running.header("Location").orElseThrow().endsWith("/admin/account"));
        assertEquals(401, consultant.get("/api/inquiries").status(), "nor does the session open the API");
        assertEquals(200, Staff.logIn(new Http(), "reset-me", "Reset-Me-2026").status(), "the old password is gone");
        Http fresh = new Http();
        assertEquals(302, Staff.logIn(fresh, "reset-me", "Temp-Reset-2026").status());
        assertTrue(fresh.get("/admin/").header("Location").orElseThrow().endsWith("/admin/account"));
        assertEquals(
                401,
                new Http()
                        .get("/api/inquiries", "Authorization", Http.basic("reset-me", "Temp-Reset-2026"))
                        .status());
    }

    @Test
    void disablingAnAccountEndsItsRunningSessionAndRefusesItsLogins() {
        accounts.create("disable-me", "Disable-Me-2026", Role.CONSULTANT);
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, "disable-me", "Disable-Me-2026").status());
        assertEquals(200, consultant.get("/admin/inquiries").status());

        logInAsAdministrator();
        Http.Reply disabled = BackOffice.submit(admin, userPage("disable-me"), "status", Map.of());
        assertTrue(BackOffice.messages(disabled).contains("계정을 사용 중지했습니다"), BackOffice.messages(disabled));
        assertEquals(
                "중지",
                admin.get(userPage("disable-me"))
                        .html()
                        .getElementById("account-status")
                        .text());

        Http.Reply running = consultant.get("/admin/inquiries");
        assertEquals(302, running.status(), "the running session no longer gets in");
        assertTrue(running.header("Location").orElseThrow().contains("/login"));
        Http.Reply fresh = Staff.logIn(new Http(), "disable-me", "Disable-Me-2026");
        assertEquals(200, fresh.status());
        assertTrue(
                fresh.html().select(".form-alert").text().contains(REFUSED), "the same answer as for a wrong password");

        Http.Reply enabled = BackOffice.submit(admin, userPage("disable-me"), "status", Map.of());
        assertTrue(BackOffice.messages(enabled).contains("다시 사용하게 했습니다"), BackOffice.messages(enabled));
        assertEquals(
                302, Staff.logIn(new Http(), "disable-me", "Disable-Me-2026").status());
    }

    @Test
    void anAdministratorChangesRolesWithEffectOnTheRunningSession() {
        accounts.create("role-change", "Role-Change-2026", Role.CONSULTANT);
        Http staff = new Http();
        assertEquals(302, Staff.logIn(staff, "role-change", "Role-Change-2026").status());
        assertEquals(200, staff.get("/admin/inquiries").status());

        logInAsAdministrator();
        String none = BackOffice.messages(
                BackOffice.submitWithRoles(admin, userPage("role-change"), "changeRoles", Map.of()));
        assertTrue(none.contains("역할을 하나 이상 골라 주세요"), none);
        Http.Reply saved =
                BackOffice.submitWithRoles(admin, userPage("role-change"), "changeRoles", Map.of(), Role.EDITOR);
        assertTrue(BackOffice.messages(saved).contains("역할을 바꿨습니다"), BackOffice.messages(saved));
        assertEquals("편집자", saved.html().getElementById("account-roles").text());

        assertEquals(403, staff.get("/admin/inquiries").status());
        assertEquals(
                EnumSet.of(Role.EDITOR),
                users.byUsername("role-change").orElseThrow().roles());
    }

    @Test
    void unlockingLiftsALockoutBeforeItsTime() {
        accounts.create("locked-out", "Locked-Out-2026", Role.EDITOR);
        for (int i = 0; i < StaffUser.MAX_FAILED_LOGINS; i++) {
            Staff.logIn(new Http(), "locked-out", "wrong-" + i);
        }
        assertEquals(
                200, Staff.logIn(new Http(), "locked-out", "Locked-Out-2026").status(), "locked");

        logInAsAdministrator();
        String row = admin.get(USERS)
                .html()
                .select(".staff-table tr:contains(locked-out) .staff-locked")
                .text();
        assertTrue(row.endsWith("까지"), row);
        Http.Reply unlocked = BackOffice.submit(admin, userPage("locked-out"), "unlock", Map.of());
        assertTrue(BackOffice.messages(unlocked).contains("잠금을 풀었습니다"), BackOffice.messages(unlocked));
        assertEquals(
                302, Staff.logIn(new Http(), "locked-out", "Locked-Out-2026").status());
    }

    @Test
    void administratorsCannotStopThemselvesOrDropTheirOwnAdministratorRole() {
        logInAsAdministrator();
        String self = BackOffice.messages(BackOffice.submit(admin, userPage(Staff.ADMIN), "status", Map.of()));
        assertTrue(self.contains("자기 자신의 계정은 사용 중지할 수 없습니다"), self);
        String ownRole = BackOffice.messages(
                BackOffice.submitWithRoles(admin, userPage(Staff.ADMIN), "changeRoles", Map.of(), Role.EDITOR));
        assertTrue(ownRole.contains("자기 자신의 관리자 역할은 뺄 수 없습니다"), ownRole);

        StaffUser stored = users.byUsername(Staff.ADMIN).orElseThrow();
        assertTrue(stored.isEnabled());
        assertTrue(stored.roles().contains(Role.ADMIN));
        assertEquals(200, admin.get(USERS).status());
    }

    @Test
    void theLastEnabledAdministratorCannotBeStoppedOrDemotedByAnybody() {
        List<String> otherAdministrators = directory.list().stream()
                .filter(s ->
                        s.enabled() && s.hasRole(Role.ADMIN) && !s.username().equals(Staff.ADMIN))
                .map(StaffSummary::username)
                .toList();
        otherAdministrators.forEach(name -> directory.disable(name, Staff.ADMIN));
        try {
            RuleViolationException disabling =
                    assertThrows(RuleViolationException.class, () -> directory.disable(Staff.ADMIN, "another-admin"));
            assertTrue(disabling.errors().get(0).message().contains("최소 한 명"));
            RuleViolationException demoting = assertThrows(
                    RuleViolationException.class,
                    () -> directory.changeRoles(Staff.ADMIN, EnumSet.of(Role.EDITOR), "another-admin"));
            assertTrue(demoting.errors().get(0).message().contains("최소 한 명"));
        } finally {
            otherAdministrators.forEach(name -> directory.enable(name, Staff.ADMIN));
        }
        assertTrue(users.byUsername(Staff.ADMIN).orElseThrow().isEnabled());
        assertFalse(directory.find(Staff.ADMIN).roles().isEmpty());
    }

    @Test
    void editorsAndConsultantsAreRefusedTheSystemPages() {
        accounts.create("editor-system", "Editor-System-2026", Role.EDITOR);
        accounts.create("consultant-system", "Consultant-System-2026", Role.CONSULTANT);
        for (String[] login :
                new String[][] {{"editor-system", "Editor-System-2026"}, {"consultant-system", "Consultant-System-2026"}
                }) {
            Http staff = new Http();
            assertEquals(302, Staff.logIn(staff, login[0], login[1]).status());
            for (String page : new String[] {
                USERS,
                userPage(Staff.ADMIN),
                "/admin/system/settings",
                "/admin/system/consent",
                "/admin/system/consent?version=1"
            }) {
                assertEquals(403, staff.get(page).status(), login[0] + " " + page);
            }
            assertFalse(staff.get("/admin/").html().select(".admin-nav").text().contains("사용자"));
            assertEquals(200, staff.get("/admin/account").status(), "everybody may change their own password");
        }
    }
}
