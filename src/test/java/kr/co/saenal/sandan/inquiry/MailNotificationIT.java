package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request sets off two mails through a real SMTP server (GreenMail): a Korean acknowledgement to the requester
 * and a notice to staff. When the mail server is down the request is still taken, and the mails follow once it
 * is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNotificationIT {

    private static final String STAFF = "staff@sandan.test";

    private final GreenMail smtp =
            new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theRequesterAndTheStaffGetTheirMails() throws Exception {
        smtp.start();
        long id = submit("메일받기", "mail-first@sandan.test");

        MimeMessage ack = waitForMail("mail-first@sandan.test", "접수번호 " + id);
        assertTrue(ack.getSubject().contains("상담 신청이 접수되었습니다"), ack.getSubject());
        String text = (String) ack.getContent();
        assertTrue(text.startsWith("메일받기님, 안녕하세요."), text);
        assertTrue(text.contains("접수번호: " + id) && text.contains("영업일 기준 하루 안에"), text);
        assertEquals("no-reply@sandan.test", ack.getFrom()[0].toString());

        MimeMessage notice = waitForMail(STAFF, "접수번호 " + id);
        String staffText = (String) notice.getContent();
        assertTrue(staffText.contains("/admin/inquiry?id=" + id), staffText);
        assertTrue(staffText.contains(PersonalDataMask.name("메일받기")), "the name, masked");
        assertFalse(staffText.contains("메일받기") || staffText.contains("mail-first@"), "no personal data in the notice");

        JsonObject details = staffView(id);
        eventually(
                () -> staffView(id).getJsonArray("notifications").stream()
                        .map(JsonObject.class::cast)
                        .allMatch(n -> n.getString("state").equals("SENT")),
                "both marked as sent");
        assertEquals(2, details.getJsonArray("notifications").size());
    }

    @Test
    void aRequestMadeInEnglishIsAcknowledgedInEnglishWhileStaffReadKorean() throws Exception {
        smtp.start();
        Http.Reply created = new Http()
                .sendWithHeaders(
                        "POST",
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("name", "Jane Park")
                                        .add("email", "mail-english@sandan.test")
                                        .add("topic", "FUNDING"))
                                .getBytes(StandardCharsets.UTF_8),
                        List.of("Content-Type", "application/json", "Accept-Language", "en"));
        assertEquals(201, created.status(), created::toString);
        long id = Requests.json(created.body()).getJsonNumber("id").longValue();

        MimeMessage ack = waitForMail("mail-english@sandan.test", "request no. " + id);
        assertTrue(ack.getSubject().contains("We have received your consultation request"), ack.getSubject());
        String text = (String) ack.getContent();
        assertTrue(text.startsWith("Dear Jane Park,"), text);
        assertTrue(
                text.contains("Request number: " + id)
                        && text.contains("Topic: Policy funds and funding calls")
                        && text.contains("within one working day"),
                text);
        assertTrue(text.matches("(?s).*  Received: \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2} [AP]M\\s.*"), text);

        MimeMessage notice = waitForMail(STAFF, "접수번호 " + id);
        String staffText = (String) notice.getContent();
        assertTrue(staffText.startsWith("새 상담 신청이 접수되었습니다."), staffText);
        assertTrue(staffText.contains("상담 분야: 정책자금·공모사업") && staffText.contains("접수일시: "), staffText);
    }

    @Test
    void withTheMailServerDownTheRequestIsTakenAndItsMailsFollowLater() throws Exception {
        long id = submit("나중메일", "mail-later@sandan.test");
        eventually(
                () -> staffView(id).getJsonArray("notifications").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(n -> n.getInt("attempts") >= 1 && n.containsKey("lastError")),
                "a failed first attempt is recorded");
        assertTrue(
                staffView(id).getJsonArray("notifications").stream()
                        .map(JsonObject.class::cast)
                        .allMatch(n -> n.getString("state").equals("PENDING")),
                "waiting, not given up");

        smtp.start();
        MimeMessage ack = waitForMail("mail-later@sandan.test", "접수번호 " + id);
        assertTrue(((String) ack.getContent()).startsWith("나중메일님"));
        waitForMail(STAFF, "접수번호 " + id);
        eventually(
                () -> staffView(id).getJsonArray("notifications").stream()
                        .map(JsonObject.class::cast)
                        .allMatch(n -> n.getString("state").equals("SENT")),
                "both sent once the server is back");
        assertEquals(1, received("mail-later@sandan.test", "접수번호 " + id).size(), "sent once, not once per attempt");
    }

    private static long submit(String name, String email) {
        Http.Reply created = new Http()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("name", name).add("email", email)));
        assertEquals(201, created.status(), created::toString);
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject staffView(long id) {
        Http.Reply reply = new Http()
                .send(
                        "GET",
                        "/api/inquiries/" + id,
                        null,
                        new byte[0],
                        "Authorization",
                        Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD));
        assertEquals(200, reply.status(), reply::toString);
        return Requests.json(reply.body());
    }

    private MimeMessage waitForMail(String to, String subjectPart) throws Exception {
        eventually(() -> !received(to, subjectPart).isEmpty(), "a mail to " + to + " about " + subjectPart);
        return received(to, subjectPart).get(0);
    }

    private List<MimeMessage> received(String to, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(to))
                                && m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 40 s: " + what);
            }
            Thread.sleep(250);
        }
    }
}
