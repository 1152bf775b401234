package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.OverdueRequests;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * Nothing waits unseen, in a real browser: the administrator gives the address reminders go to and takes a request;
 * once the request is past its first-response target it is flagged in the list, on its page and on the dashboard,
 * and its reminder arrives at that address once (a real SMTP server, GreenMail), however many rounds the reminder job
 * runs meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverdueReminderBrowserIT {

    private static final String ADDRESS = "admin-reminders@sandan.test";

    private final GreenMail smtp =
            new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aRequestPastItsTargetIsFlaggedAndItsAssigneeIsRemindedOnce() throws Exception {
        smtp.start();
        long id = submit();
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/account");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor("[id='notifications:email']");
            browser.type("[id='notifications:email']", ADDRESS);
            browser.click("[id='notifications:save']");
            browser.waitForText("알림 받을 이메일을 저장했습니다");

            browser.open("/admin/inquiry?id=" + id);
            browser.waitFor("#respond-by");
            assertFalse(browser.find("#respond-by").getText().contains("기한 지남"), "not overdue yet");
            new Select(browser.find("[id='inquiry:assignee']")).selectByValue(Staff.ADMIN);
            browser.click("[id='inquiry:save']");
            browser.waitForText("저장했습니다");

            OverdueRequests.make(base.toString(), id);
            browser.open("/admin/inquiries?overdue=true");
            browser.waitFor("a.open-link[href$='id=" + id + "']");
            assertTrue(browser.find("[id='inquiries:overdue']").isSelected(), "the filter from the address is shown");
            assertTrue(
                    browser.all(".admin-table tbody tr").stream()
                            .allMatch(row -> row.getText().contains("기한 지남")),
                    "every row of the overdue list is flagged");
            browser.screenshot("overdue-01-list");

            MimeMessage reminder = waitForReminder(id);
            String text = (String) reminder.getContent();
            assertTrue(text.contains("/admin/inquiry?id=" + id) && text.contains("담당: admin"), text);
            assertFalse(text.contains("응답기한테스트"), "no personal data in the reminder");
            Thread.sleep(25_000); // two more rounds of the reminder job, and of the outbox
            assertEquals(1, reminders(id).size(), "one reminder, not one per round");

            browser.open("/admin/inquiry?id=" + id);
            browser.waitFor("#respond-by");
            assertTrue(browser.find("#respond-by").getText().contains("기한 지남"), "flagged on its page");
            browser.waitForText("응답 기한 알림 보냄");
            browser.screenshotWholePage("overdue-02-detail");

            browser.open("/admin/");
            assertTrue(Integer.parseInt(browser.find("#overdue-inquiries").getText()) >= 1, "counted on the dashboard");
            browser.click("a[href$='/admin/inquiries?overdue=true']");
            browser.waitFor("a.open-link[href$='id=" + id + "']");
            browser.screenshot("overdue-03-from-dashboard");

            new Select(browser.find("[id='inquiries:status']")).selectByValue("RECEIVED");
            browser.waitFor("a.open-link[href$='id=" + id + "']");
            browser.open("/admin/inquiry?id=" + id);
            new Select(browser.find("[id='inquiry:status']")).selectByValue("IN_PROGRESS");
            browser.click("[id='inquiry:save']");
            browser.waitForText("저장했습니다");
            assertTrue(browser.all("#respond-by").isEmpty(), "taken up: no target any more");
            browser.open("/admin/account");
            browser.type("[id='notifications:email']", "");
            browser.click("[id='notifications:save']");
            browser.waitForText("알림 받을 이메일을 저장했습니다");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    private static long submit() {
        Http.Reply created =
                new Http().postJson("/api/inquiries", Requests.validInquiry(b -> b.add("name", "응답기한테스트")));
        assertEquals(201, created.status(), created::toString);
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }

    private MimeMessage waitForReminder(long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (reminders(id).isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "the reminder arrives within 40 s");
            Thread.sleep(250);
        }
        return reminders(id).get(0);
    }

    private List<MimeMessage> reminders(long id) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().equals("[응답 기한 지남] 접수번호 " + id)
                                && m.getRecipients(Message.RecipientType.TO)[0]
                                        .toString()
                                        .equals(ADDRESS);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
