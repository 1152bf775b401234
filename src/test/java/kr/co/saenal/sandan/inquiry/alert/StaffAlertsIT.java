package kr.co.saenal.sandan.inquiry.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * New-request alerts against a local server standing in for the staff's webhook receiver and for Solapi: set up in
 * the back office, signed as documented, retried after a 500 and delivered once, masked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAlertsIT {

    private static final String WEBHOOK_SECRET = "webhook-secret-for-tests-2026";
    private static final String SMS_SECRET = "solapi-secret-for-tests";
    private static final Pattern SOLAPI_AUTH =
            Pattern.compile("HMAC-SHA256 apiKey=(\\S+), date=(\\S+), salt=([0-9a-f]+), signature=([0-9a-f]{64})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aNewRequestIsSignedToTheWebhookAndTextedToEachPhoneOnceEvenAfterAFailure() throws Exception {
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        try (StandInServer standIn = new StandInServer(Map.of("/hook", 1, "/messages/v4/send", 1))) {
            Http.Reply saved = BackOffice.submit(
                    admin,
                    "/admin/system/settings",
                    "alerts",
                    Map.of(
                            "alerts:webhookUrl",
                            standIn.url("/hook"),
                            "alerts:webhookSecret",
                            WEBHOOK_SECRET,
                            "alerts:smsApiUrl",
                            standIn.url(""),
                            "alerts:smsApiKey",
                            "TESTKEY",
                            "alerts:smsApiSecret",
                            SMS_SECRET,
                            "alerts:smsSender",
                            "02-1234-5678",
                            "alerts:smsRecipients",
                            "010-2345-6789, 010 3456 7890"));
            assertTrue(BackOffice.messages(saved).contains("알림 설정을 저장했습니다"), BackOffice.messages(saved));
            assertEquals(
                    "",
                    admin.get("/admin/system/settings")
                            .html()
                            .getElementById("alerts:webhookSecret")
                            .val(),
                    "a secret is never sent back to the browser");
            try {
                long id = submit();

                eventually(() -> standIn.to("/hook").stream().anyMatch(r -> r.answered() == 200), "the webhook");
                eventually(
                        () -> standIn.to("/messages/v4/send").stream()
                                        .filter(r -> r.answered() == 200)
                                        .count()
                                == 2,
                        "both texts");
                Thread.sleep(12_000); // two more rounds of the outbox on this server
                List<StandInServer.Received> hooks = standIn.to("/hook");
                assertEquals(
                        List.of(500, 200), hooks.stream().map(r -> r.answered()).toList(), "retried once");
                assertEquals(
                        hooks.get(0).header("X-Sandan-Delivery"), hooks.get(1).header("X-Sandan-Delivery"));
                StandInServer.Received hook = hooks.get(1);
                assertEquals("sandan.inquiry.received", hook.header("X-Sandan-Event"));
                Matcher signature =
                        Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(hook.header("X-Sandan-Signature"));
                assertTrue(signature.matches(), hook.header("X-Sandan-Signature"));
                assertEquals(hmac(WEBHOOK_SECRET, signature.group(1) + "." + hook.body()), signature.group(2));
                JsonObject payload = Requests.json(hook.body());
                assertEquals("sandan.inquiry.received", payload.getString("event"));
                assertEquals(
                        id, payload.getJsonObject("inquiry").getJsonNumber("id").longValue());
                assertEquals("알*톡", payload.getJsonObject("inquiry").getString("name"), "masked");
                assertFalse(hook.body().contains("9876"), "no full phone number");

                List<StandInServer.Received> texts = standIn.to("/messages/v4/send");
                assertEquals(3, texts.size(), "one failure, then one text per phone: " + texts);
                assertEquals(
                        List.of("01023456789", "01034567890"),
                        texts.stream()
                                .filter(r -> r.answered() == 200)
                                .map(r -> Requests.json(r.body())
                                        .getJsonObject("message")
                                        .getString("to"))
                                .sorted()
                                .toList());
                for (StandInServer.Received text : texts) {
                    Matcher auth = SOLAPI_AUTH.matcher(text.header("Authorization"));
                    assertTrue(auth.matches(), text.header("Authorization"));
                    assertEquals("TESTKEY", auth.group(1));
                    assertEquals(hmac(SMS_SECRET, auth.group(2) + auth.group(3)), auth.group(4));
                    JsonObject message = Requests.json(text.body()).getJsonObject("message");
                    assertEquals("0212345678", message.getString("from"));
                    assertTrue(message.getString("text").contains(id + "번"), message.getString("text"));
                    assertTrue(message.getString("text").contains("알*톡"), message.getString("text"));
                }

                List<String> states = Requests.json(
                                admin.get("/api/inquiries/" + id).body())
                        .getJsonArray("notifications")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(n -> n.getString("kind").endsWith("_ALERT"))
                        .map(n -> n.getString("kind") + " " + n.getString("state") + " " + n.getInt("attempts"))
                        .sorted()
                        .toList();
                assertEquals(3, states.size(), states::toString);
                assertTrue(states.contains("WEBHOOK_ALERT SENT 2"), states::toString);
            } finally {
                Http.Reply off = BackOffice.submit(
                        admin,
                        "/admin/system/settings",
                        "alerts",
                        Map.of("alerts:webhookUrl", "", "alerts:smsRecipients", ""));
                assertTrue(BackOffice.messages(off).contains("저장했습니다"), BackOffice.messages(off));
            }
        }
    }

    @Test
    void unusableSettingsAreRefusedInKoreanAndNothingChanges() {
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Http.Reply refused = BackOffice.submit(
                admin,
                "/admin/system/settings",
                "alerts",
                Map.of(
                        "alerts:webhookUrl", "http://hooks.example.com/x",
                        "alerts:webhookSecret", "short",
                        "alerts:smsRecipients", "010-2345-6789, 12345"));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("https://로 시작하는"), messages);
        assertTrue(messages.contains("16자 이상"), messages);
        assertTrue(messages.contains("틀린 번호: 12345"), messages);
        assertTrue(messages.contains("API 키와 API 비밀 값"), messages);
        assertEquals(
                "",
                admin.get("/admin/system/settings")
                        .html()
                        .getElementById("alerts:webhookUrl")
                        .val());
    }

    private static long submit() {
        Http.Reply created = new Http()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("name", "알림톡").add("phone", "010-9876-5432")));
        assertEquals(201, created.status(), created::toString);
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " within 40 s");
            Thread.sleep(200);
        }
    }
}
